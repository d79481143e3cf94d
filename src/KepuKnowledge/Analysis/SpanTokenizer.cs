using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KepuKnowledge.Analysis;

/// <summary>
/// A Lucene tokenizer over a whole field value, emitting the spans a tokenizing function produces
/// (word segmentation or bigrams); offsets point into the original text so snippets can be marked.
/// </summary>
public sealed class SpanTokenizer : Tokenizer
{
    private readonly Func<string, IReadOnlyList<TokenSpan>> _tokenize;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private IReadOnlyList<TokenSpan>? _tokens;
    private int _next;
    private int _length;

    /// <summary>Creates the tokenizer.</summary>
    public SpanTokenizer(TextReader input, Func<string, IReadOnlyList<TokenSpan>> tokenize)
        : base(input)
    {
        _tokenize = tokenize;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_tokens is null)
        {
            var text = m_input.ReadToEnd();
            _length = text.Length;
            _tokens = _tokenize(text);
        }

        if (_next >= _tokens.Count)
        {
            return false;
        }

        ClearAttributes();
        var token = _tokens[_next++];
        _term.SetEmpty().Append(token.Text);
        _offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.End));
        return true;
    }

    /// <inheritdoc />
    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _tokens = null;
        _next = 0;
        _length = 0;
    }
}
