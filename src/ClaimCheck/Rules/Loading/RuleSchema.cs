using System.Collections.Concurrent;
using System.Reflection;
using YamlDotNet.Serialization.NamingConventions;

namespace ClaimCheck.Rules.Loading;

/// <summary>
/// The YAML keys of one DTO type: its public settable properties, named in snake_case. Built by
/// reflection so a property added to a DTO needs no loader change.
/// </summary>
internal sealed class RuleSchema
{
    private static readonly ConcurrentDictionary<Type, RuleSchema> Cache = new();

    private readonly Dictionary<string, RuleSchemaProperty> byKey;

    private RuleSchema(Type type)
    {
        Type = type;
        Properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .Select(p => new RuleSchemaProperty(KeyFor(p.Name), p, p.IsDefined(typeof(RuleRequiredAttribute), inherit: true)))
            .ToList();
        byKey = Properties.ToDictionary(p => p.Key, StringComparer.Ordinal);
    }

    public Type Type { get; }

    /// <summary>In declaration order, which is the order the allowed keys are listed in messages.</summary>
    public IReadOnlyList<RuleSchemaProperty> Properties { get; }

    public static string KeyFor(string propertyName) => UnderscoredNamingConvention.Instance.Apply(propertyName);

    /// <summary>
    /// The schema of a DTO type. Throws <see cref="NotSupportedException"/> when the type (or a type
    /// nested in it) has a property of a type the loader cannot read: a programming error, so it
    /// surfaces on the first load rather than as a diagnostic for the user.
    /// </summary>
    public static RuleSchema For(Type type)
    {
        if (Cache.TryGetValue(type, out var schema))
        {
            return schema;
        }

        EnsureSupported(type, type.Name, new HashSet<Type>());
        return Cache.GetOrAdd(type, t => new RuleSchema(t));
    }

    public bool TryGet(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RuleSchemaProperty? property) =>
        byKey.TryGetValue(key, out property);

    /// <summary>Whether <paramref name="type"/> is read as a mapping of keys onto its properties.</summary>
    public static bool IsDto(Type type) =>
        type.IsClass && type != typeof(string) && !type.IsAbstract && !type.IsGenericType && type.GetConstructor(Type.EmptyTypes) is not null;

    public static bool IsList(Type type, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Type? item)
    {
        item = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;
        return item is not null;
    }

    public static bool IsStringDictionary(Type type, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Type? value)
    {
        value = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>) && type.GetGenericArguments()[0] == typeof(string)
            ? type.GetGenericArguments()[1]
            : null;
        return value is not null;
    }

    private static void EnsureSupported(Type type, string where, HashSet<Type> visiting)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(bool) || type.IsEnum)
        {
            return;
        }

        if (IsList(type, out var item))
        {
            EnsureSupported(item, where, visiting);
            return;
        }

        if (IsStringDictionary(type, out var value))
        {
            EnsureSupported(value, where, visiting);
            return;
        }

        if (!IsDto(type))
        {
            throw new NotSupportedException($"Rule loader cannot read {where} of type {type}: use string, int, long, double, bool, an enum, List<T>, Dictionary<string, T> or a class with a public parameterless constructor.");
        }

        if (!visiting.Add(type))
        {
            return;
        }

        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            {
                EnsureSupported(p.PropertyType, $"{type.Name}.{p.Name}", visiting);
            }
        }
    }
}
