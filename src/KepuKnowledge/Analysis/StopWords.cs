namespace KepuKnowledge.Analysis;

/// <summary>Function and question words that carry no topic: dropped from the word field so they do not sway BM25.</summary>
public static class StopWords
{
    /// <summary>The stop word set.</summary>
    public static IReadOnlySet<string> Words { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "的", "了", "是", "在", "和", "与", "及", "或", "有", "要", "吗", "呢", "吧", "啊", "呀", "嘛", "么", "就", "都", "也", "还",
        "什么", "哪些", "哪个", "哪里", "哪儿", "怎么", "怎样", "怎么样", "如何", "为什么", "多少", "几", "谁", "啥", "咋",
        "请问", "一下", "我", "我们", "你", "你们", "他", "她", "它", "这", "那", "这个", "那个", "这些", "那些", "个",
        "是否", "可以", "能", "会", "对", "把", "被", "让", "给", "向", "从", "到", "为", "以", "之", "其", "等", "中", "上", "下",
        "那边", "这边", "一些", "有没有", "是不是", "要求", "规定", "提出", "方面",
    };
}
