using System.Text.RegularExpressions;
using KepuBot.Conversation;
using KepuBot.Safety;
using KepuBot.Safety.Danger;
using KepuBot.Safety.Fraud;
using KepuKnowledge.Analysis;

namespace KepuBot.Agent.Routing;

/// <summary>
/// Picks the intent of a message. Danger comes first (an emergency, then a scam in progress), then requests to
/// talk to a person, greetings, a fraud risk put to the user (a lure or a stranger's demand), clearly out-of-scope
/// topics (investment tips, personal record lookups …), rumor checks, anti-fraud questions and duty questions;
/// everything else is a knowledge question answered from the corpus.
/// </summary>
public sealed partial class IntentRouter(SafetyReader safety, DangerReader danger, HarmfulRequests harmful)
{
    /// <summary>Routes one message.</summary>
    public RouteDecision Route(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = ChineseNormalizer.Normalize(message).Trim();
        var (rumor, fraud, _) = safety.Read(message);

        if (danger.Read(message) is { } reading)
        {
            return new RouteDecision(Intent.Emergency, fraud, rumor, reading);
        }

        // Before the fraud reading: "编一套冒充公安的话术让老人转账" reads like a scam, but it is a request to commit one.
        if (harmful.Read(message).Count > 0)
        {
            return new RouteDecision(Intent.Refused, fraud, rumor);
        }

        if (fraud.Risk == FraudRisk.High)
        {
            return new RouteDecision(Intent.AntiFraud, fraud, rumor);
        }

        if (Handoff().IsMatch(text))
        {
            return new RouteDecision(Intent.Handoff, fraud, rumor);
        }

        if (text.Length <= 12 && Greeting().IsMatch(text))
        {
            return new RouteDecision(Intent.Greeting, fraud, rumor);
        }

        // "有人推荐一只股票说下周翻倍" is a lure to warn about, not a stock question to decline.
        if (fraud.Risk == FraudRisk.Medium)
        {
            return new RouteDecision(Intent.AntiFraud, fraud, rumor);
        }

        if (OutOfScope().IsMatch(text) || InvestmentAdvice().IsMatch(text) || PersonalRecordLookup().IsMatch(text))
        {
            return new RouteDecision(Intent.OutOfScope, fraud, rumor);
        }

        // A scam named by its kind ("给商家刷单点赞 一单返好几块佣金 靠谱不") is answered from its anti-fraud article,
        // even when it is passed on like a rumor.
        if (ScamKindNamed().IsMatch(text))
        {
            return new RouteDecision(Intent.AntiFraud, fraud, rumor);
        }

        // "听说山上有蛇 万一被咬了咋处理" retells nothing to check: it asks ahead how to handle a danger, which the
        // situation's card answers.
        if (rumor.IsRumorCase(fraud) && danger.ReadLearning(message) is null)
        {
            return new RouteDecision(Intent.Rumor, fraud, rumor);
        }

        if (AntiFraudTopic().IsMatch(text))
        {
            return new RouteDecision(Intent.AntiFraud, fraud, rumor);
        }

        if (DutyQuestion().IsMatch(text))
        {
            return new RouteDecision(Intent.Duty, fraud, rumor);
        }

        return new RouteDecision(Intent.Policy, fraud, rumor);
    }

    // "电话里说按1转人工" quotes the scam call's voice menu; it does not ask for a person here.
    [GeneratedRegex(@"(?<!按\s?[0-9一二三四五六七八九零#]\s?键?)转人工|人工客服|人工服务|找(个)?(工作人员|真人|客服|人工)|我要(投诉|找人)|跟(真人|人工)说|联系工作人员|找你们领导")]
    private static partial Regex Handoff();

    [GeneratedRegex(@"^(你好|您好|hi|hello|嗨|哈喽|在吗|在不在|早上好|中午好|下午好|晚上好|早|谢谢|多谢|谢了|感谢|再见|拜拜|好的|知道了|明白了|收到)[啊呀呢吧！!。.~～?？]*$")]
    private static partial Regex Greeting();

    [GeneratedRegex(@"股票|炒股|基金.{0,4}(买|推荐|涨)|(买|推荐).{0,6}(股票|基金|理财产品)|彩票|双色球|大乐透|(帮我|给我).{0,4}(写|做|解|算).{0,8}(作业|作文|论文|题|情书|情诗|代码|程序|方程)|数学题|作业题|解方程|\d+\s*(乘以|乘|加上|减去|除以|的\d+次方)\s*\d+|(多少钱|几块钱)(一|1)?(个|针|斤|盒|瓶|张|克|两)|(一|1)(针|个|斤|盒|瓶|张)(收|要)?(多少钱|几块钱)|(现在|今天|最新)[^，,。？?]{0,6}(价格|多少钱|版本号)|版本号是多少|(上周|上个月|昨天|前天|今天|最近)(那次|那场|的)?[^，,。？?]{0,4}(地震|台风|暴雨|事故)[^，,。？?]{0,10}(几点|几级|震级|伤亡|死了几)|考试答案|(明天|后天|今天|这周).{0,6}天气(怎么样|预报|如何)|天气预报|下雨不|要不要带伞|推荐[^，,。？?]{0,4}(电视剧|电影|综艺|小说|歌)|(好看|好听)的(电视剧|电影|综艺|小说|歌)|(咋|怎么|如何)(个|样)?(做|烧|炒|炖)[^，,。？?]{0,4}(才)?(好吃|巴适|香|入味)|(办|要办|申请|签)[^，,。？?]{0,4}(签证|护照|港澳通行证)|签证|护照|(明天|后天|今天|今晚|这周|周末|下周).{0,8}(下不下雨|会不会下雨|下雨吗|有没有雨|多少度|冷不冷|热不热)|(哪家|哪个|哪里).{0,6}(最便宜|便宜|划算|性价比)|(买|选)(哪个|哪款|哪种|哪家|啥牌子|什么牌子)(好|划算|合适)|哪个牌子(的)?(好|质量好)|比分|球赛|世界杯|明星|八卦|绯闻|恋情|(评价|怎么看).{0,10}(领导人|主席|总统|政府|政策好不好)|(谁|哪个)(当|是).{0,4}(总统|主席)|写代码|编程|python|java|(邻居|同事|亲戚).{0,10}(吵架|纠纷|打官司|欠钱)|(分|争|抢)(老)?(房子|家产|遗产|宅基地|财产)|(房子|家产|遗产|宅基地|财产).{0,10}(咋个?分|怎么分|如何分)|(帮我|给我)(查|找|要)[^，,。？?]{0,12}(的)?(手机号|电话号码|住址)|打官司|离婚|(他|她|别人|邻居|同事|老师|书记|支书|主任|领导|村长)的?(手机号|电话号码|住址).{0,4}(是多少|告诉我)|(帮我|给我)算命|风水|星座运势|我.{0,10}(是不是|是否)(得了|患了|有).{0,6}(病|癌|炎)")]
    private static partial Regex OutOfScope();

    // Market calls ("比特币现在能不能抄底", "金价还会不会涨", "哪个楼盘现在值得买") are financial advice, which the service does not give.
    [GeneratedRegex(@"抄底|(股票|基金|比特币|币|黄金|金价|理财|国债|大盘)[^，,。？?]{0,8}(能不能|该不该|要不要|值不值得|可不可以)(买|入手|加仓|卖|抛)|(哪只|哪个|哪支)(股票|基金|币)|(哪个|哪家|哪里的|什么)(楼盘|小区|房子|股票|基金|理财产品)[^，,。？?]{0,6}(值得|能|可以|该)(买|投|入手)|(股票|基金|比特币|币价|黄金|金价|房价|大盘)[^，,。？?]{0,6}(走势|行情|还会不会涨|会不会涨|会不会跌|还能涨|能涨吗)")]
    private static partial Regex InvestmentAdvice();

    // Looking up one person's own records needs their identity at the agency or 12345; the library cannot.
    [GeneratedRegex(@"(帮我|给我|替我)(查|查询|看看|看一下)[^，,。？?]{0,12}(社保|医保|养老金|公积金|缴费记录|余额|到账|快递|包裹|物流|订单)|我的?(快递|包裹|订单)[^，,。？?]{0,4}(到哪|在哪|到了没|啥时候到|什么时候到)|我的?(社保卡|医保卡|银行卡|公积金|养老金|医保|社保)(里|账户)?(头)?[^，,。？?]{0,4}(还)?(剩|有)(多少|几|好多)|(帮我|给我|替我)(查|查询|看看|看一下)[^，,。？?]{0,12}(还)?剩(多少|好多|几)|(我|我今年|今年)[^，,。？?]{0,6}(能|可以)?(领|拿)(多少|好多|几)[^，,。？?]{0,2}(养老金|退休金|退休工资|钱)|(我的?)?(养老金|退休金|退休工资|工资|社保待遇)[^，,。？?]{0,6}(几号|哪天|什么时候|啥时候|哪一天)(到账|发|打)|(社保|医保|养老金|退休金|退休工资|公积金)[^，,。？?]{0,12}(到账|记录|余额|少发|没发|少了|停发)[^。？?]{0,10}(帮我查|帮我看|查一下|查查)")]
    private static partial Regex PersonalRecordLookup();

    // 96110 (the police anti-fraud call line) and 12381 (the anti-fraud warning text) are anti-fraud topics by name.
    [GeneratedRegex(@"诈骗|骗局|骗子|被骗|防骗|反诈|上当|套路|96110|12381")]
    private static partial Regex AntiFraudTopic();

    [GeneratedRegex(@"刷单|刷信誉|杀猪盘|(点赞|关注|做任务).{0,8}(返|佣金)|返佣")]
    private static partial Regex ScamKindNamed();

    [GeneratedRegex(@"(委|局|部|办|中心|妇联|科协|团委|总工会|供销社|镇街|街道|乡镇|党校|单位|部门).{0,12}(要做|做什么|干什么|干啥|做啥|负责|任务|职责|哪些工作|哪些事|要干|要求|工作清单)|谁(来)?负责|由哪些?(单位|部门)|哪些?(单位|部门)(负责|牵头)|责任单位")]
    private static partial Regex DutyQuestion();
}
