namespace KepuBot.Agent.Answering;

/// <summary>The service's own words for turns that are not answered from a document.</summary>
public static class ReplyTexts
{
    /// <summary>Questions offered on first open and after greetings.</summary>
    public static IReadOnlyList<string> StarterQuestions { get; } =
    [
        "隔夜菜能吃吗？",
        "接到自称公安的电话让转账怎么办？",
        "地震时在高楼里怎么办？",
        "区卫生健康委要做哪些科普工作？",
    ];

    /// <summary>Greeting with what the service can do.</summary>
    public static string Greeting => "您好！我是科普问答助手，可以回答科普政策、防范诈骗、辟谣、应急避险和健康常识方面的问题。请直接输入您的问题。";

    /// <summary>Polite scope message.</summary>
    public static string OutOfScope(string hotline) =>
        $"抱歉，这个问题不在我能回答的范围内。我只根据政府发布的科普政策文件和经过审核的科普文章回答问题。其他事项请拨打{hotline}政务服务热线咨询。";

    /// <summary>No document covers the question.</summary>
    public static string NoBasis(string hotline) =>
        $"抱歉，知识库里没有找到能回答这个问题的依据，我不能凭空回答。您可以换个说法再问，或拨打{hotline}政务服务热线咨询。";

    /// <summary>Hand-off to a person.</summary>
    public static string Handoff(string hotline) =>
        $"好的，已为您转人工。请拨打{hotline}政务服务热线，工作人员会为您解答；您的问题也已记录，工作人员会跟进。";

    /// <summary>Blocked by the prohibited-content list.</summary>
    public static string Prohibited => "抱歉，这个内容我不能回答。如有需要，请拨打12345政务服务热线。";
}
