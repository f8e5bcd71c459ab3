using System.Linq.Expressions;

namespace Assist.Query.Generative.Tests.Generation;

/// <summary>
/// One query operator applied to the previous step's result: its name, its lambda or its count. A window step is a
/// Select whose lambda calls <c>Window</c> functions; <paramref name="Window"/> tells the reference how to compute them.
/// </summary>
public sealed record QueryStep(string Operator, LambdaExpression? Lambda = null, int Count = 0, WindowPlan? Window = null);
