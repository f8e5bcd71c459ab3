namespace Assist.Query.Metadata;

/// <summary>
/// Thrown when a generated navigation method is called on an object instead of inside a query lambda:
/// navigations are joins the database performs, not loads the client performs.
/// </summary>
public sealed class NavigationOutsideQueryException : InvalidOperationException
{
    /// <summary>Creates the exception for one navigation.</summary>
    /// <param name="entity">The entity type.</param>
    /// <param name="method">The navigation method.</param>
    public NavigationOutsideQueryException(string entity, string method)
        : base($"{entity}.{method}() is a navigation: use it inside a query (where/select/group lambdas), where it becomes a join. It cannot be evaluated on a loaded object.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public NavigationOutsideQueryException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public NavigationOutsideQueryException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public NavigationOutsideQueryException(string message, Exception inner) : base(message, inner)
    {
    }
}
