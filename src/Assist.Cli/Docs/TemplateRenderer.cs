using Scriban;
using Scriban.Runtime;

namespace Assist.Cli.Docs;

/// <summary>
/// Renders the embedded Scriban templates (Templates/*.scriban). A view's properties become the template's globals in
/// snake_case (<c>ApproxRows</c> -> <c>approx_rows</c>); unknown names are errors, so a typo in a template fails the
/// golden tests instead of rendering nothing.
/// </summary>
internal static class TemplateRenderer
{
    private static readonly Dictionary<string, Template> Cache = new(StringComparer.Ordinal);
    private static readonly Lock CacheLock = new();

    /// <summary>Renders the template <paramref name="name"/> with <paramref name="model"/>; line endings are always \n.</summary>
    public static string Render(string name, object model)
    {
        var globals = new ScriptObject();
        globals.Import(model);
        var context = new TemplateContext
        {
            StrictVariables = true,
            LoopLimit = 0,
            NewLine = "\n",
        };
        context.PushGlobal(globals);
        return Load(name).Render(context);
    }

    private static Template Load(string name)
    {
        lock (CacheLock)
        {
            if (Cache.TryGetValue(name, out var cached))
            {
                return cached;
            }

            var resource = $"Assist.Cli.Templates.{name}.scriban";
            using var stream = typeof(TemplateRenderer).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"The template {resource} is not embedded in assist.");
            using var reader = new StreamReader(stream);
            var template = Template.Parse(reader.ReadToEnd(), resource);
            if (template.HasErrors)
            {
                throw new InvalidOperationException($"Template {resource} does not parse: {string.Join("; ", template.Messages)}");
            }

            Cache[name] = template;
            return template;
        }
    }
}
