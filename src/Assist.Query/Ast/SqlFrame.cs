namespace Assist.Query.Ast;

/// <summary>A ROWS frame: null bound = UNBOUNDED, 0 = CURRENT ROW, negative = n PRECEDING, positive = n FOLLOWING.</summary>
internal sealed record SqlFrame(int? Start, int? End) : SqlNode;
