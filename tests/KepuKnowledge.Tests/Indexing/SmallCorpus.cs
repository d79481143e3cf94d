namespace KepuKnowledge.Tests.Indexing;

/// <summary>A tiny corpus written into a temp folder: two policies and library articles in each vetting state.</summary>
internal static class SmallCorpus
{
    public static void WriteTo(TempFolder folder, string corpus = "corpus")
    {
        folder.Write($"{corpus}/policies/old-plan.md", Policy("old-plan", "旧版科普工作方案", "已废止", "new-plan", "各单位每年开展科普大篷车巡游活动不少于3次。"));
        folder.Write($"{corpus}/policies/new-plan.md", Policy("new-plan", "新版科普工作方案", "在效", null, "各单位每年开展科普大篷车巡游活动不少于5次。"));
        folder.Write($"{corpus}/kepu/debunk/vetted.md", Article("vetted", "vetted", "2099-01-01", "吃隔夜菜会致癌是误区。冷藏得当并彻底加热的剩菜一般可以吃。"));
        folder.Write($"{corpus}/kepu/debunk/draft.md", Article("draft", "draft", "2099-01-01", "草稿：微波炉加热的饭菜没有辐射残留。"));
        folder.Write($"{corpus}/kepu/debunk/retired.md", Article("retired", "retired", "2099-01-01", "已撤下：微波炉加热的饭菜没有辐射残留。"));
        folder.Write($"{corpus}/kepu/debunk/stale.md", Article("stale", "vetted", "2020-01-01", "过期：微波炉加热的饭菜没有辐射残留。"));
    }

    public static string Policy(string id, string title, string validity, string? supersededBy, string body) =>
        $"---\nid: {id}\ntitle: {title}\nkind: policy\nvalidity: {validity}\n{(supersededBy is null ? string.Empty : $"superseded_by: {supersededBy}\n")}region: 重庆市 测试区\n---\n一、工作任务\n1.开展科普活动。{body}\n";

    public static string Article(string id, string status, string reviewBy, string body) =>
        $"---\nid: {id}\ntitle: 辟谣{id}\nkind: debunk\nclaim: 测试说法\nverdict: 谣言\nbasis: [国家卫生健康委员会]\nauthor: 测试\nreviewer: 测试\nreviewed: 2019-01-01\nreview_by: {reviewBy}\nstatus: {status}\n---\n# 辟谣{id}\n## 结论\n{body}\n";
}
