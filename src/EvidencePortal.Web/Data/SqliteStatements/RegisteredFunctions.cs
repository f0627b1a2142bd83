using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace EvidencePortal.Web.Data.SqliteStatements;

/// <summary>
/// The functions and collations registered on one SQLite connection. Microsoft.Data.Sqlite registers a connection's
/// functions at every open (EF Core adds a dozen: regexp, ef_compare, ef_sum...) and removes them at every close, and
/// SQLite expires every prepared statement of a connection whose function is replaced or removed, so kept statements
/// would be prepared again on every page. So a removal is not passed on but remembered, and a registration that changes
/// nothing (same name, arguments, flags, state, and a delegate of the same code over the same captured values) is not
/// passed on either: what SQLite calls stays exactly what was registered. The one difference: between a close and the
/// next open, a pooled connection still knows EF Core's functions, which only EF Core's SQL calls.
/// </summary>
internal sealed class RegisteredFunctions
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string Name, int Arguments), Registration> registered = new(NameComparer.Instance);

    /// <summary>True when SQLite need not be told: the same registration is in place, or it is a removal (null delegate).</summary>
    public bool IsInPlace(byte[] name, int arguments, int flags, object? state, Delegate? first, Delegate? second)
    {
        var key = (Encoding.UTF8.GetString(name).TrimEnd('\0'), arguments);
        lock (gate)
        {
            registered.TryGetValue(key, out var current);
            if (first is null)
            {
                return current is not null;
            }
            var registration = new Registration(flags, state, first, second);
            if (current is not null && current.Matches(registration))
            {
                return true;
            }
            registered[key] = registration;
            return false;
        }
    }

    /// <summary>SQLite refused the registration: nothing is known to be in place under that name any more.</summary>
    public void Forget(byte[] name, int arguments)
    {
        lock (gate)
        {
            registered.Remove((Encoding.UTF8.GetString(name).TrimEnd('\0'), arguments));
        }
    }

    private sealed record Registration(int Flags, object? State, Delegate First, Delegate? Second)
    {
        public bool Matches(Registration other) => Flags == other.Flags && Equivalence.Same(State, other.State)
            && Equivalence.Same(First, other.First) && Equivalence.Same(Second, other.Second);
    }

    // SQLite's function names are case-insensitive.
    private sealed class NameComparer : IEqualityComparer<(string Name, int Arguments)>
    {
        public static readonly NameComparer Instance = new();

        public bool Equals((string Name, int Arguments) x, (string Name, int Arguments) y) =>
            x.Arguments == y.Arguments && string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Name, int Arguments) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Name), obj.Arguments);
    }
}

/// <summary>
/// Whether two values behave the same: the same object; equal strings or values; delegates to the same method over
/// targets that are the same; or objects of one type whose fields are, in turn, the same, when the type is a
/// compiler-made closure or cannot change (every field read-only, as Microsoft.Data.Sqlite's aggregate definitions).
/// Anything else (an object with state that can change) is the same only when it is the very same object.
/// </summary>
internal static class Equivalence
{
    private const int MaxDepth = 6;
    private static readonly ConcurrentDictionary<Type, FieldInfo[]?> ComparableFields = new();

    public static bool Same(object? a, object? b) => Same(a, b, 0);

    private static bool Same(object? a, object? b, int depth)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        if (a is null || b is null || a.GetType() != b.GetType() || depth > MaxDepth)
        {
            return false;
        }
        if (a is Delegate first)
        {
            var second = (Delegate)b;
            return first.HasSingleTarget && second.HasSingleTarget && first.Method == second.Method
                && Same(first.Target, second.Target, depth + 1);
        }
        var type = a.GetType();
        if (a is string || type.IsValueType)
        {
            return a.Equals(b);
        }
        var fields = ComparableFields.GetOrAdd(type, FieldsToCompare);
        if (fields is null)
        {
            return false;
        }
        foreach (var field in fields)
        {
            if (!Same(field.GetValue(a), field.GetValue(b), depth + 1))
            {
                return false;
            }
        }
        return true;
    }

    private static FieldInfo[]? FieldsToCompare(Type type)
    {
        var fields = new List<FieldInfo>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            fields.AddRange(t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
        }
        var closure = type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);
        return closure || fields.TrueForAll(f => f.IsInitOnly) ? [.. fields] : null;
    }
}
