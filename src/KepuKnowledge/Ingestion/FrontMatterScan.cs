using KepuKnowledge.Ingestion.Readers;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KepuKnowledge.Ingestion;

/// <summary>
/// Checks the size and nesting of YAML front matter before it is loaded. YamlDotNet builds its node tree by recursion,
/// one call per level, so front matter nesting <c>[</c> fifty thousand deep overflows the stack and ends the process;
/// its event parser keeps its own stack, so walking the events first finds the depth without recursing.
/// </summary>
internal static class FrontMatterScan
{
    /// <exception cref="CorpusFormatException">The front matter is over a limit.</exception>
    /// <exception cref="YamlException">The front matter is not YAML (as far as it was read).</exception>
    public static void Check(string yaml)
    {
        if (yaml.Length > ReaderLimits.MaxFrontMatterCharacters)
        {
            throw new CorpusFormatException($"front matter: {yaml.Length} characters, over the limit of {ReaderLimits.MaxFrontMatterCharacters}");
        }

        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case SequenceStart or MappingStart when ++depth > ReaderLimits.MaxFrontMatterNesting:
                    throw new CorpusFormatException($"front matter: nested deeper than {ReaderLimits.MaxFrontMatterNesting} levels");
                case SequenceEnd or MappingEnd:
                    depth--;
                    break;
            }
        }
    }
}
