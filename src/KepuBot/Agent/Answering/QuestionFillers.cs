namespace KepuBot.Agent.Answering;

/// <summary>
/// Words that frame a spoken question (说的, 指的是, 叫啥名, 都有哪些) rather than name its topic. They are kept in
/// search, where BM25 gives them little weight anyway, but a passage need not contain them to be a basis, and
/// they should not pull a sentence into the answer.
/// </summary>
public static class QuestionFillers
{
    /// <summary>The filler words, as the segmenter emits them.</summary>
    public static IReadOnlySet<string> Words { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "说", "说的", "所说", "讲", "讲的", "提到", "提到的", "常说", "常", "里", "里面", "上面", "文件", "政策", "通知",
        "指", "指的是", "的是", "是指", "意思", "叫", "叫做", "名", "名字", "名称", "称", "啥名",
        "哪", "哪部", "哪项", "哪家", "哪类", "哪种", "哪方面", "部", "项", "包括", "包含", "具体", "具体是", "主要", "分别",
        "打算", "准备", "计划", "想", "咱", "咱们", "俺", "俺们", "啊", "哦", "嗯", "呗", "哈", "噢", "那个", "这个",
        "好的", "抓好", "做好", "专门", "没有", "有没有", "都", "都有", "一批", "一下", "知道", "告诉", "问问", "问",
        "哪天", "哪年", "哪几年", "几年", "哪几", "东西", "以后", "今后", "这些", "那些",

        // How residents frame a question in speech and dialect: particles, "do/make" verbs, where they are and when.
        "哦", "嘛", "嘞", "哈", "咯", "噻", "撒", "呐", "滴", "些", "搞", "弄", "整", "干", "安排", "听说", "听人说",
        "真的", "假的", "今年", "县里", "区里", "市里", "村里", "镇上", "乡里", "这块", "里头", "说要", "提前", "下来",
        "发下来", "一个", "上班", "我是", "我在",

        // Asking whether, and what is said of it: "评不评", "有人管没", "有啥说法", "能轮上不", "哪能看着".
        "没得", "说法", "想学", "哪能", "有人", "轮", "轮上", "轮得上", "能轮", "看着", "做得",
        "到底", "能不能", "是不是", "会不会", "可不可以", "靠谱", "靠不靠谱",

    };

    /// <summary>
    /// Who a question is for ("我爸高血压…", "为啥蚊子光咬我不咬我老公"): a passage that names the same person (a curated
    /// question "我爸血压高…") is the closer match, but one that does not is no less a basis, so these words count
    /// for a passage that has them and never against one that lacks them.
    /// </summary>
    public static IReadOnlySet<string> Persons { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "我爸", "我妈", "我爹", "我娘", "俺爸", "俺妈", "俺爹", "俺娘", "老公", "我老公", "老婆", "我老婆", "媳妇", "我媳妇",
        "对象", "我对象", "我家老头", "我家老太",
    };
}
