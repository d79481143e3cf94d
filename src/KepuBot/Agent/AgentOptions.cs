using System.ComponentModel.DataAnnotations;

namespace KepuBot.Agent;

/// <summary>The <c>Agent</c> configuration section.</summary>
public sealed class AgentOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Agent";

    /// <summary>The hotline offered for hand-offs and out-of-scope questions.</summary>
    [Required]
    public string Hotline { get; set; } = "12345";

    /// <summary>Share of the question's content words a passage must cover before it counts as a basis.</summary>
    [Range(0.0, 1.0)]
    public double MinCoverage { get; set; } = 0.5;

    /// <summary>Optional OpenAI-compatible chat model; empty means the embedded extractive answerer.</summary>
    public ModelOptions Model { get; set; } = new();
}
