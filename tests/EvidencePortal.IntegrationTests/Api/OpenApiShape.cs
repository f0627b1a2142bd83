using System.Text.Json;

namespace EvidencePortal.IntegrationTests.Api;

/// <summary>
/// Enough of JSON Schema (as OpenAPI 3.1 writes it) to check a response: $ref, type (one or a list),
/// properties, required, items. Every property in the response must be described, with a matching type.
/// </summary>
public static class OpenApiShape
{
    public static void AssertMatches(JsonElement value, JsonElement schema, JsonElement schemas, string where)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            schema = schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
        }
        var types =
            !schema.TryGetProperty("type", out var type) ? []
            : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList()
            : [type.GetString()!];
        if (types.Count > 0)
        {
            Assert.True(types.Contains(KindOf(value)) || (KindOf(value) == "integer" && types.Contains("number")),
                $"{where}: {KindOf(value)} where the schema says {string.Join("|", types)}");
        }
        if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in value.EnumerateObject())
            {
                Assert.True(
                    properties.TryGetProperty(property.Name, out var propertySchema),
                    $"{where}: '{property.Name}' is not in the schema"
                );
                AssertMatches(property.Value, propertySchema, schemas, $"{where}.{property.Name}");
            }
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray())
                {
                    Assert.True(
                        value.TryGetProperty(name.GetString()!, out _),
                        $"{where}: required '{name}' is missing"
                    );
                }
            }
        }
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                AssertMatches(item, items, schemas, $"{where}[{i++}]");
            }
        }
    }

    private static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
