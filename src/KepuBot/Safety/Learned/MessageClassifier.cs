using KepuBot.Safety.Pasted;

namespace KepuBot.Safety.Learned;

/// <summary>
/// A softmax regression over character n-grams, trained at start-up from the labelled examples in
/// <c>corpus/lexicon/safety/examples/</c>. The cue lists explain a verdict and are exact on the phrasings they know;
/// this model carries what they have not been written for (new scam scripts, dialect, run-on voice input). Training
/// is deterministic: the same examples always give the same model.
/// </summary>
public sealed class MessageClassifier
{
    private const int Epochs = 30;
    private const double LearningRate = 0.2;
    private const double Decay = 1e-4;
    private const int Seed = 7;

    private static readonly int Classes = LabelledMessage.Labels.Count;

    private readonly Dictionary<string, int> _features;
    private readonly double[] _weights;
    private readonly double[] _bias;

    private MessageClassifier(Dictionary<string, int> features, double[] weights, double[] bias)
    {
        _features = features;
        _weights = weights;
        _bias = bias;
    }

    /// <summary>Number of labelled messages the model learned from.</summary>
    public int TrainedOn { get; private init; }

    /// <summary>Trains a model on <paramref name="examples"/>.</summary>
    public static MessageClassifier Train(IReadOnlyList<LabelledMessage> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Count == 0)
        {
            throw new ArgumentException("no labelled examples to learn from", nameof(examples));
        }

        var features = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = examples
            .Select(e => (Features: CharacterNgrams.Of(PastedText.Prepare(e.Text).Text).Select(g => Index(features, g)).ToArray(), Label: LabelIndex(e.Label)))
            .ToArray();
        var model = new MessageClassifier(features, new double[features.Count * Classes], new double[Classes]) { TrainedOn = examples.Count };

        var random = new Random(Seed);
        var probabilities = new double[Classes];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(rows);
            foreach (var (row, label) in rows)
            {
                model.Scores(row, probabilities);
                // Long messages have many n-grams; scaling keeps one message's step the same size whatever its length.
                var scale = LearningRate / Math.Sqrt(Math.Max(1, row.Length));
                for (var k = 0; k < Classes; k++)
                {
                    var gradient = probabilities[k] - (k == label ? 1 : 0);
                    foreach (var f in row)
                    {
                        ref var w = ref model._weights[(f * Classes) + k];
                        w -= (scale * gradient) + (LearningRate * Decay * w);
                    }

                    model._bias[k] -= (scale * gradient) + (LearningRate * Decay * model._bias[k]);
                }
            }
        }

        return model;
    }

    /// <summary>The class probabilities of <paramref name="message"/>, already prepared (<see cref="PastedText"/>) as the examples were.</summary>
    public MessageClassProbabilities Predict(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var row = CharacterNgrams.Of(message).Select(g => _features.GetValueOrDefault(g, -1)).Where(i => i >= 0).ToArray();
        var probabilities = new double[Classes];
        Scores(row, probabilities);
        return new MessageClassProbabilities(probabilities[0], probabilities[1], probabilities[2]);
    }

    private static int Index(Dictionary<string, int> features, string gram)
    {
        if (!features.TryGetValue(gram, out var index))
        {
            index = features.Count;
            features[gram] = index;
        }

        return index;
    }

    private static int LabelIndex(string label)
    {
        for (var k = 0; k < Classes; k++)
        {
            if (LabelledMessage.Labels[k] == label)
            {
                return k;
            }
        }

        throw new ArgumentException($"unknown label '{label}'", nameof(label));
    }

    private void Scores(int[] row, double[] probabilities)
    {
        var max = double.NegativeInfinity;
        for (var k = 0; k < Classes; k++)
        {
            var z = _bias[k];
            foreach (var f in row)
            {
                z += _weights[(f * Classes) + k];
            }

            probabilities[k] = z;
            max = Math.Max(max, z);
        }

        var sum = 0.0;
        for (var k = 0; k < Classes; k++)
        {
            probabilities[k] = Math.Exp(probabilities[k] - max);
            sum += probabilities[k];
        }

        for (var k = 0; k < Classes; k++)
        {
            probabilities[k] /= sum;
        }
    }
}
