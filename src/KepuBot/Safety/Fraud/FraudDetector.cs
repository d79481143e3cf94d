using KepuKnowledge.Analysis;

namespace KepuBot.Safety.Fraud;

/// <summary>
/// Recognises a scam in progress from how people really write (colloquial, unpunctuated, Traditional, pasted SMS):
/// a demand happening now (transfer, codes, passwords, screen sharing, installs, upfront fees) told about a third
/// party makes it high risk; a too-good offer or cure claim makes it medium. Questions about fraud in general
/// are not alarms.
/// </summary>
public sealed class FraudDetector
{
    private const double HighThreshold = 2.0;
    private const double MediumThreshold = 1.0;

    private static readonly CueRule[] Demands =
    [
        CueRule.Of("asks-transfer", @"(转|汇|打|存)(到|进|入)?.{0,6}(安全账户|指定账户|账户|卡上|卡里|钱包地址)|(让|叫|要|要求|催|逼)我?.{0,10}(转账|汇款|转钱|打钱|汇钱|转过去|打过去|把钱|把存款|交钱|付钱|充值|垫钱|垫付)|把钱转|钱转(进|到|过)去|安全账户|资金核查|清查资金", 2.0),
        CueRule.Of("asks-code", @"验证码.{0,8}(告诉|发给|报给|说给|给他|给她|给对方|提供|输入|念|填)|(告诉|发给|报给|提供|要|问我要|输入|填写|填|发).{0,8}验证码", 2.0),
        CueRule.Of("asks-password", @"(告诉|提供|输入|输|填写|填|问我要|要我).{0,8}(密码|卡号|身份证号|银行卡)|(密码|卡号).{0,6}(告诉|发给|提供)", 1.6),
        CueRule.Of("screen-share", @"共享屏幕|屏幕共享|开(启)?共享|会议软件|会议号|远程控制|投屏", 2.0),
        CueRule.Of("asks-install", @"(下载|安装|装)(一个|个)?.{0,10}(app|软件|客户端|会议)|扫(一扫|码).{0,10}(二维码|下载|安装|付|转|领取)", 1.2),
        CueRule.Of("upfront-fee", @"(先|要先|需要先|得先)(交|付|转|缴|充)|手续费|保证金|解冻费|激活费|工本费|个人所得税|税费|认证费|刷流水|会员费|(支付|交|付).{0,8}[^\s，。]{0,4}费|(付|交)(定金|订金|押金|首付)|今天就(付|交|转)", 1.5),
        CueRule.Of("paid-already", @"(已经|刚刚|刚|都)(转|汇|付|交|充|垫|投|刷|填)(了|进去|过去)|转了.{0,6}(万|千|块|元)|钱(已经)?转过去了|正在(付|转|汇|操作)|(付|转)了好几次|(这就|马上就|准备)去?(转|付|交钱)", 2.2),
        CueRule.Of("money-amount", @"(投|交|付|转|买|花|借|存)了?.{0,4}(\d+|[一二两三四五六七八九十百]+)(万|千)(块|元)?|(投|交|付|转|买)了?.{0,4}\d{3,}(块|元)", 1.0),
        CueRule.Of("stop-medicine", @"不用(再)?吃.{0,3}药|停(掉|了)?.{0,3}药|不吃药也", 1.0),
        CueRule.Of("click-link", @"https?://|点(击|进去)?(这个|短信里的|下面的)?(链接|连结)|(链接|连结).{0,6}(登录|认证|填写|输入|领取|办理)|点进去填", 1.2),
    ];

    private static readonly CueRule[] Pressure =
    [
        CueRule.Of("impersonation", @"自称|冒充|说是(公安|警察|检察|法院|客服|医保|社保|领导|老板|银行)|(公安局|派出所|检察院|法院|警官|警察)(的人)?(打电话|来电|说)", 1.0),
        CueRule.Of("third-party", @"(他|她|对方)发(来|过来)|有人|有个|卖.{0,6}的(说|讲|推荐)|推销|推荐(一个|给我)|导游|专家|业务员|推销员|销售|小伙子|对方|他说|她说|电话里|打电话|来电|短信|微信上|网友|客服|老师|群里.{0,4}(让|叫|要)|收到.{0,4}(短信|信息|消息|电话)|【.{2,10}】", 0.6),
        CueRule.Of("accusation", @"涉嫌|洗钱|通缉|逮捕|冻结|违法|犯罪|拘留|传唤|案件", 0.8),
        CueRule.Of("secrecy-urgency", @"不要告诉|别告诉|保密|不能告诉|马上|立刻|立即|赶紧|限时|今天之内|今天就要|否则|不然", 0.5),
        CueRule.Of("new-number", @"手机(掉了|丢了|坏了)|换(了)?(新)?号|用的是.{0,4}(同学|朋友|别人)的(号|手机)|不方便接电话|在开会", 1.0),
        CueRule.Of("online-acquaintance", @"网上认识|交友(软件|网站|app|平台)|相亲(网站|软件|app)|网恋|聊了.{0,4}(个月|天)", 0.8),
        CueRule.Of("coercion", @"不买.{0,8}(不让|不能|别想)(走|回)|不让(走|回去)", 1.5),
        CueRule.Of("relative-trouble", @"(孙子|孙女|儿子|女儿|外孙|侄子).{0,24}(出事|被抓|打架|住院|撞人|急需|急用钱|要钱|借钱)|我是你(孙子|儿子|女儿|外孙)", 1.2),
    ];

    private static readonly CueRule[] Offers =
    [
        CueRule.Of("high-return", @"高额回报|高回报|稳赚|保本|零风险|月息|日息|返利|返现|每(个)?月返|一年返|返\d|收益翻倍|翻倍|涨.{0,2}倍|内幕|内部(人员|消息)|跟单|带单|带我(玩|炒|投)|虚拟币|数字货币|比特币|带你赚钱|躺赚|原始股|养老项目|养老公寓|养老投资|以房养老", 1.1),
        CueRule.Of("cure-claim", @"根治|治愈|治好|包治|包好|神药|特效药|不用吃(药|降压药|降糖药)|停药|祖传秘方|(癌细胞|肿瘤).{0,6}(饿死|消失|没了)|(化疗|透析|治疗).{0,4}停", 1.1),
        CueRule.Of("prize", @"中(了)?(大)?奖|中奖|抽中|幸运用户|领奖|奖品", 1.0),
        CueRule.Of("free-lure", @"免费(体检|旅游|领|送|试用)|领鸡蛋|送礼品|讲座.{0,6}(送|领)", 0.9),
        CueRule.Of("easy-loan", @"(无抵押|免息|秒批|低息|不看征信).{0,6}(贷款|借款)|贷款.{0,6}(先交|手续费|保证金|解冻)", 1.0),
        CueRule.Of("romance-money", @"(网友|网恋|对象|男朋友|女朋友).{0,12}(借钱|要钱|投资|转账|打钱)", 1.5),
        CueRule.Of("buyback", @"(高价)?回购|升值|收藏品|纪念币|纪念钞|邮票.{0,4}(升值|回收)", 1.0),
    ];

    // Asking how to avoid scams, or what a scam is, is a request for tips.
    private static readonly CueRule[] GeneralQuestion =
    [
        CueRule.Of("general-question", @"(怎么|怎样|如何|有什么办法)(才能)?(防范|预防|识别|辨别|避免|防止|防)|(常见|有哪些|什么是|哪些是).{0,6}(骗局|诈骗|套路)|反诈(知识|宣传|讲座)|防骗(知识|技巧)|怎么回事|为什么(说)?.{0,8}(是)?(骗局|诈骗)|是不是(骗局|诈骗)|是(骗局|诈骗)吗", -2.5),
    ];

    private static readonly (string Scenario, string[] Words)[] Scenarios =
    [
        ("impersonate-authority", ["公安", "警察", "警官", "检察", "法院", "安全账户", "洗钱", "通缉", "逮捕", "涉嫌", "派出所"]),
        ("relative-in-trouble", ["孙子", "孙女", "外孙", "儿子出事", "女儿出事", "住院急需", "被抓", "我是你"]),
        ("medical-insurance", ["医保", "社保", "医保卡", "社保卡", "养老金"]),
        ("pension-investment", ["养老项目", "养老投资", "以房养老", "养老公寓", "养老院入股"]),
        ("health-product", ["保健品", "根治", "治愈", "神药", "降糖药", "降压药", "特效药", "祖传"]),
        ("click-farming", ["刷单", "点赞", "做任务", "垫付", "佣金"]),
        ("loan", ["贷款", "借款", "网贷", "额度", "征信", "解冻费"]),
        ("refund-customer-service", ["客服", "退款", "理赔", "快递丢", "会员扣费", "共享屏幕", "屏幕共享", "会议软件"]),
        ("prize", ["中奖", "中了大奖", "领奖", "奖品", "抽中", "个人所得税"]),
        ("investment", ["投资", "理财", "股票", "炒股", "荐股", "虚拟货币", "数字货币", "比特币", "内幕", "导师", "收益"]),
        ("romance", ["网友", "网恋", "对象", "男朋友", "女朋友", "交友"]),
        ("boss-acquaintance", ["领导", "老板", "老同学", "熟人", "换号了", "新号码"]),
        ("fake-link", ["链接", "etc", "快递", "补贴", "认证", "http"]),
        ("free-trip-sales", ["免费体检", "免费旅游", "领鸡蛋", "讲座", "送礼品"]),
        ("collectibles", ["收藏品", "回购", "纪念币", "纪念钞", "邮票", "藏品", "字画"]),
    ];

    /// <summary>Assesses a message.</summary>
    public FraudAssessment Assess(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = ChineseNormalizer.Normalize(message).Replace(" ", string.Empty, StringComparison.Ordinal);
        var demands = CueRule.Fire(Demands, text);
        var pressure = CueRule.Fire(Pressure, text);
        var offers = CueRule.Fire(Offers, text);
        var general = CueRule.Fire(GeneralQuestion, text);
        var cues = demands.Concat(pressure).Concat(offers).Concat(general).ToList();

        var demandScore = demands.Sum(c => c.Weight);
        var pressureScore = pressure.Sum(c => c.Weight);
        var offerScore = offers.Sum(c => c.Weight);
        var generalScore = general.Sum(c => c.Weight);

        // A demand only counts as a scam in progress when somebody else is making it (or money already left).
        var inProgress = demands.Any(c => c.Name == "paid-already") || (demandScore > 0 && (pressureScore > 0 || offerScore > 0));
        var high = inProgress ? demandScore + pressureScore + offerScore + generalScore : 0;
        var medium = offerScore + (demandScore > 0 ? 0.5 : 0) + pressureScore * 0.5 + generalScore;

        var risk = high >= HighThreshold ? FraudRisk.High : medium >= MediumThreshold ? FraudRisk.Medium : FraudRisk.None;
        return new FraudAssessment(risk, risk == FraudRisk.None && general.Count == 0 ? null : Scenario(text), cues);
    }

    private static string? Scenario(string text)
    {
        var best = Scenarios
            .Select(s => (s.Scenario, Hits: s.Words.Count(w => text.Contains(w, StringComparison.Ordinal))))
            .Where(s => s.Hits > 0)
            .OrderByDescending(s => s.Hits)
            .FirstOrDefault();
        return best.Scenario;
    }
}
