using System.Collections;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Rules.Loading;

/// <summary>
/// Populates DTOs from YAML nodes by reflection, reporting every unknown key, wrong shape and missing
/// required key instead of stopping at the first, and remembering where each object was read from.
/// </summary>
internal sealed class YamlBinder
{
    // Aliases can make the node graph cyclic; real rule files nest a few levels at most.
    private const int MaxDepth = 64;

    private readonly RuleFileDiagnostics sink;
    private readonly Dictionary<object, Mark> positions = new(ReferenceEqualityComparer.Instance);

    public YamlBinder(RuleFileDiagnostics sink) => this.sink = sink;

    /// <summary>Where an object this binder created was read from; (1,1) for anything else.</summary>
    public (int Line, int Column) Locate(object at) =>
        positions.TryGetValue(at, out var mark) ? RuleFileDiagnostics.Position(mark) : (1, 1);

    /// <summary>Reads a whole file; an empty document gives an empty DTO (its required keys are still checked).</summary>
    public object BindRoot(YamlNode? root, Type type)
    {
        if (root is null || IsNull(root))
        {
            return BindObject(null, Mark.Empty, type, 0);
        }

        if (root is YamlMappingNode mapping)
        {
            return BindObject(mapping, mapping.Start, type, 0);
        }

        sink.Report(root.Start, RuleIds.WrongShape, $"the file must be a mapping of keys (key: value) at the top level, found {Describe(root)}; allowed keys: {AllowedKeys(RuleSchema.For(type))}");
        return BindObject(null, root.Start, type, 0);
    }

    private object BindObject(YamlMappingNode? mapping, Mark start, Type type, int depth)
    {
        var schema = RuleSchema.For(type);
        var instance = Activator.CreateInstance(type)!;
        positions[instance] = start;
        var given = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (keyNode, valueNode) in mapping?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            if (keyNode is not YamlScalarNode { Value: { } key } || IsNull(keyNode))
            {
                sink.Report(keyNode.Start, RuleIds.WrongShape, $"a key must be plain text, found {Describe(keyNode)}");
                continue;
            }

            if (!schema.TryGet(key, out var property))
            {
                sink.Report(keyNode.Start, RuleIds.UnknownKey, UnknownKeyMessage(key, schema));
                continue;
            }

            given.Add(key);
            if (IsNull(valueNode))
            {
                if (property.Required)
                {
                    sink.Report(valueNode.Start, RuleIds.MissingField, $"'{key}' is required but has no value");
                }

                continue;
            }

            if (TryBind(valueNode, property.Property.PropertyType, $"'{key}'", depth + 1, out var value))
            {
                if (property.Required && IsBlank(value))
                {
                    sink.Report(valueNode.Start, RuleIds.MissingField, $"'{key}' is required and must not be empty");
                }

                property.Property.SetValue(instance, value);
            }
        }

        foreach (var property in schema.Properties)
        {
            if (property.Required && !given.Contains(property.Key))
            {
                sink.Report(start, RuleIds.MissingField, $"missing required key '{property.Key}'");
            }
        }

        return instance;
    }

    /// <summary>Converts a non-null node to <paramref name="type"/>; false (and a diagnostic) when its shape is wrong.</summary>
    private bool TryBind(YamlNode node, Type type, string what, int depth, out object? value)
    {
        value = null;
        if (depth > MaxDepth)
        {
            sink.Report(node.Start, RuleIds.WrongShape, $"{what} is nested too deeply (more than {MaxDepth} levels)");
            return false;
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            if (node is YamlScalarNode { Value: { } text })
            {
                value = text;
                return true;
            }

            return Wrong(node, $"{what} must be text, found {Describe(node)}");
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(bool))
        {
            return TryBindPlainScalar(node, type, what, out value);
        }

        if (type.IsEnum)
        {
            return TryBindEnum(node, type, what, out value);
        }

        if (RuleSchema.IsList(type, out var itemType))
        {
            if (node is not YamlSequenceNode sequence)
            {
                var hint = node is YamlScalarNode ? " (write one '- item' per line, or [a, b])" : "";
                return Wrong(node, $"{what} must be a list, found {Describe(node)}{hint}");
            }

            var list = (IList)Activator.CreateInstance(type)!;
            positions[list] = sequence.Start;
            var ok = true;
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                var itemNode = sequence.Children[i];
                var itemWhat = $"item {i + 1} of {what}";
                if (IsNull(itemNode))
                {
                    ok = Wrong(itemNode, $"{itemWhat} has no value");
                }
                else if (TryBind(itemNode, itemType, itemWhat, depth + 1, out var item))
                {
                    list.Add(item);
                }
                else
                {
                    ok = false;
                }
            }

            value = list;
            return ok;
        }

        if (RuleSchema.IsStringDictionary(type, out var valueType))
        {
            if (node is not YamlMappingNode mapping)
            {
                return Wrong(node, $"{what} must be a mapping (key: value), found {Describe(node)}");
            }

            var dictionary = (IDictionary)Activator.CreateInstance(type, StringComparer.Ordinal)!;
            positions[dictionary] = mapping.Start;
            var ok = true;
            foreach (var (keyNode, valueNode) in mapping.Children)
            {
                if (keyNode is not YamlScalarNode { Value: { } key } || IsNull(keyNode))
                {
                    ok = Wrong(keyNode, $"a key in {what} must be plain text, found {Describe(keyNode)}");
                }
                else if (IsNull(valueNode))
                {
                    ok = Wrong(valueNode, $"'{key}' in {what} has no value");
                }
                else if (TryBind(valueNode, valueType, $"'{key}' in {what}", depth + 1, out var entry))
                {
                    dictionary[key] = entry;
                }
                else
                {
                    ok = false;
                }
            }

            value = dictionary;
            return ok;
        }

        // RuleSchema.For has already rejected every other type, so this is a nested DTO.
        if (node is not YamlMappingNode objectNode)
        {
            return Wrong(node, $"{what} must be a mapping of keys (key: value), found {Describe(node)}; allowed keys: {AllowedKeys(RuleSchema.For(type))}");
        }

        value = BindObject(objectNode, objectNode.Start, type, depth);
        return true;
    }

    /// <summary>Numbers and booleans must be unquoted: a quoted "5" is text in YAML, and strict means saying so.</summary>
    private bool TryBindPlainScalar(YamlNode node, Type type, string what, out object? value)
    {
        value = null;
        var expected = type == typeof(bool) ? "true or false" : type == typeof(double) ? "a number" : "a whole number";
        if (node is not YamlScalarNode { Value: { } text } scalar)
        {
            return Wrong(node, $"{what} must be {expected}, found {Describe(node)}");
        }

        if (scalar.Style is not ScalarStyle.Plain)
        {
            return Wrong(node, $"{what} must be {expected}, found {Describe(node)} (remove the quotes)");
        }

        var inv = CultureInfo.InvariantCulture;
        if (type == typeof(int) && int.TryParse(text, NumberStyles.AllowLeadingSign, inv, out var i))
        {
            value = i;
        }
        else if (type == typeof(long) && long.TryParse(text, NumberStyles.AllowLeadingSign, inv, out var l))
        {
            value = l;
        }
        else if (type == typeof(double) && double.TryParse(text, NumberStyles.Float, inv, out var d) && double.IsFinite(d))
        {
            value = d;
        }
        else if (type == typeof(bool) && text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            // YAML 1.2 core schema booleans only: "yes"/"on" are text, a classic source of surprises.
            value = text[0] is 't' or 'T';
        }
        else
        {
            return Wrong(node, $"{what} must be {expected}, found {Describe(node)}");
        }

        return true;
    }

    private bool TryBindEnum(YamlNode node, Type type, string what, out object? value)
    {
        value = null;
        var names = Enum.GetNames(type);
        var keys = names.Select(RuleSchema.KeyFor).ToList();
        if (node is YamlScalarNode { Value: { } text })
        {
            var at = keys.FindIndex(k => string.Equals(k, text, StringComparison.Ordinal));
            if (at >= 0)
            {
                value = Enum.Parse(type, names[at]);
                return true;
            }
        }

        return Wrong(node, $"{what} must be one of {string.Join(", ", keys)}; found {Describe(node)}");
    }

    private bool Wrong(YamlNode node, string message)
    {
        sink.Report(node.Start, RuleIds.WrongShape, message);
        return false;
    }

    /// <summary>Plain <c>~</c>, <c>null</c> or nothing at all: YAML's null, which means "no value" here.</summary>
    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static bool IsBlank(object? value) => value switch
    {
        null => true,
        string s => string.IsNullOrWhiteSpace(s),
        ICollection c => c.Count == 0,
        _ => false,
    };

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode s when IsNull(s) => "no value",
        YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s => $"'{Shorten(s.Value)}'",
        YamlScalarNode s => $"the quoted text \"{Shorten(s.Value)}\"",
        _ => "an alias",
    };

    private static string Shorten(string? text)
    {
        const int Max = 40;
        text ??= "";
        return text.Length <= Max ? text : string.Concat(text.AsSpan(0, Max), "...");
    }

    private static string AllowedKeys(RuleSchema schema) =>
        schema.Properties.Count == 0 ? "(none yet)" : string.Join(", ", schema.Properties.Select(p => p.Key));

    private static string UnknownKeyMessage(string key, RuleSchema schema)
    {
        var suggestion = schema.Properties
            .Select(p => (p.Key, Distance: EditDistance(key, p.Key)))
            .Where(c => c.Distance <= Math.Max(1, c.Key.Length / 3))
            .OrderBy(c => c.Distance)
            .Select(c => c.Key)
            .FirstOrDefault();
        var didYouMean = suggestion is null ? "" : $" (did you mean '{suggestion}'?)";
        return $"unknown key '{key}'{didYouMean}; allowed keys: {AllowedKeys(schema)}";
    }

    /// <summary>Edit distance counting a swap of neighbours as one edit ("nmae" is one from "name"), for "did you mean".</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
