using Microsoft.Extensions.Options;

namespace KepuBot.Tests.Knowledge;

/// <summary>
/// The knowledge library's options come from the host's configuration and are checked by the library itself
/// (<c>AddKepuKnowledge</c>): a value out of range stops the service at start-up, naming the option.
/// </summary>
public sealed class KnowledgeOptionsTests
{
    [Theory]
    [InlineData("Knowledge:RefreshInterval", "00:00:00", "RefreshInterval")]
    [InlineData("Library:ReviewPeriod", "00:00:01", "ReviewPeriod")]
    public void A_value_out_of_range_stops_the_host_at_start_up(string key, string value, string option)
    {
        using var factory = new KepuBotFactory();
        factory.Settings[key] = value;

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(option, error.Message, StringComparison.Ordinal);
    }
}
