using System.Linq.Expressions;

namespace Assist.Query.Generative.Tests.Generation;

/// <summary>One query operator applied to the previous step's result: its name, its lambda or its count.</summary>
public sealed record QueryStep(string Operator, LambdaExpression? Lambda = null, int Count = 0);
