using KepuBot.Conversation;

namespace KepuBot.Tests.Conversation;

public sealed class FollowUpResolverTests
{
    [Theory]
    [InlineData("巴南区卫健委要做什么？", "那老年人呢？", "巴南区卫健委 老年人呢？")]
    [InlineData("区妇联要开展哪些活动？", "具体要做几次？", "区妇联要开展活动 要做几次？")]
    [InlineData("区妇联要开展哪些活动？", "地震时在高楼里怎么办", "地震时在高楼里怎么办")]
    [InlineData(null, "那老年人呢？", "那老年人呢？")]
    public void Carries_the_subject_forward_only_for_follow_ups(string? previous, string current, string expected)
    {
        Assert.Equal(expected, FollowUpResolver.Resolve(previous, current));
    }
}
