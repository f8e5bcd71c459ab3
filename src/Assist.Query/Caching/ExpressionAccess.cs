using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace Assist.Query.Caching;

/// <summary>
/// Reads a lambda's parameters and a call's arguments without the public collections. On a freshly built tree
/// <c>LambdaExpression.Parameters</c> and <c>MethodCallExpression.Arguments</c> each allocate a read-only collection
/// (published with an interlocked exchange), and <see cref="IArgumentProvider"/> is an interface call that meets a dozen
/// call-node classes at one site. System.Linq.Expressions has virtual <c>ParameterCount</c>/<c>GetParameter</c> and
/// <c>ArgumentCount</c>/<c>GetArgument</c> members behind those; they are not public, so they are reached with
/// <see cref="UnsafeAccessorAttribute"/>, checked once against the public API, and never used if the check fails (a
/// runtime that renamed them then takes the public path).
/// </summary>
internal static class ExpressionAccess
{
    private static readonly bool s_direct = Probe();

    /// <summary>How many parameters a lambda declares.</summary>
    public static int ParameterCount(LambdaExpression lambda) => s_direct ? LambdaParameterCount(lambda) : lambda.Parameters.Count;

    /// <summary>A lambda's parameter by position.</summary>
    public static ParameterExpression Parameter(LambdaExpression lambda, int index) =>
        s_direct ? LambdaParameter(lambda, index) : lambda.Parameters[index];

    /// <summary>How many arguments a call passes (its instance not counted).</summary>
    public static int ArgumentCount(MethodCallExpression call) => s_direct ? CallArgumentCount(call) : ((IArgumentProvider)call).ArgumentCount;

    /// <summary>A call's argument by position.</summary>
    public static Expression Argument(MethodCallExpression call, int index) =>
        s_direct ? CallArgument(call, index) : ((IArgumentProvider)call).GetArgument(index);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_ParameterCount")]
    private static extern int LambdaParameterCount(LambdaExpression lambda);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "GetParameter")]
    private static extern ParameterExpression LambdaParameter(LambdaExpression lambda, int index);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_ArgumentCount")]
    private static extern int CallArgumentCount(MethodCallExpression call);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "GetArgument")]
    private static extern Expression CallArgument(MethodCallExpression call, int index);

    // Every lambda and call class the C# compiler's factories produce for 0 to 6 parameters or arguments, static and
    // instance, compared with the public collections.
    private static bool Probe()
    {
        try
        {
            for (var count = 0; count <= 6; count++)
            {
                var parameters = Enumerable.Range(0, count).Select(i => Expression.Parameter(typeof(int), "p" + i)).ToArray();
                var lambda = Expression.Lambda(Expression.Constant(0), parameters);
                var arguments = parameters.Cast<Expression>().ToArray();
                var types = Enumerable.Repeat(typeof(int), count).ToArray();
                var staticCall = Expression.Call(typeof(Probes).GetMethod(nameof(Probes.Static), types)!, arguments);
                var instanceCall = Expression.Call(Expression.Constant(new Probes()), typeof(Probes).GetMethod(nameof(Probes.Instance), types)!, arguments);
                if (LambdaParameterCount(lambda) != count || Enumerable.Range(0, count).Any(i => LambdaParameter(lambda, i) != parameters[i])
                    || !SameArguments(staticCall, arguments) || !SameArguments(instanceCall, arguments))
                {
                    return false;
                }
            }

            return true;
        }
        catch (Exception e) when (e is MissingMemberException or InvalidProgramException or NotSupportedException)
        {
            return false;
        }
    }

    private static bool SameArguments(MethodCallExpression call, Expression[] arguments) =>
        CallArgumentCount(call) == arguments.Length && Enumerable.Range(0, arguments.Length).All(i => CallArgument(call, i) == arguments[i]);

    private sealed class Probes
    {
        public static int Static() => 0;
        public static int Static(int a) => a;
        public static int Static(int a, int b) => a + b;
        public static int Static(int a, int b, int c) => a + b + c;
        public static int Static(int a, int b, int c, int d) => a + b + c + d;
        public static int Static(int a, int b, int c, int d, int e) => a + b + c + d + e;
        public static int Static(int a, int b, int c, int d, int e, int f) => a + b + c + d + e + f;
        public int Instance() => 0;
        public int Instance(int a) => a;
        public int Instance(int a, int b) => a + b;
        public int Instance(int a, int b, int c) => a + b + c;
        public int Instance(int a, int b, int c, int d) => a + b + c + d;
        public int Instance(int a, int b, int c, int d, int e) => a + b + c + d + e;
        public int Instance(int a, int b, int c, int d, int e, int f) => a + b + c + d + e + f;
    }
}
