using KepuKnowledge.Ingestion;

namespace KepuKnowledge.Tests.Ingestion;

public sealed class MetadataExtractorTests
{
    [Theory]
    [InlineData("000", "忠科普联办〔2024〕2号", "忠县科普工作联席会议办公室", "2024-07-31", "忠县2024年科普工作要点")]
    [InlineData("002", "巴南府办发〔2022〕41号", "巴南区政府办公室", "2022-05-11", "重庆市巴南区全民科学素质行动计划工作清单(2021-2025年)")]
    [InlineData("003", "唐全科字〔2023〕1号", "唐山市全民科学素质工作领导小组", "2023-03-30", "2023年唐山市全民科学素质行动工作要点")]
    [InlineData("004", "渝科协发〔2022〕88号", "重庆市科学技术协会", null, "学习宣传贯彻《关于新时代进一步加强科学技术普及工作的意见》工作方案")]
    public void Reads_document_number_issuer_date_and_title_from_the_raw_seed(string seed, string number, string issuer, string? date, string title)
    {
        var metadata = MetadataExtractor.Extract(File.ReadAllText(RepoPaths.Seed(seed)));

        Assert.Equal(number, metadata.DocumentNumber);
        Assert.Equal(issuer, metadata.Issuer);
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), metadata.DateWritten);
        Assert.Equal(title, metadata.Title);
    }

    [Fact]
    public void Reads_the_period_a_work_list_covers()
    {
        var metadata = MetadataExtractor.Extract(File.ReadAllText(RepoPaths.Seed("002")));
        Assert.Equal((2021, 2025), (metadata.PeriodStart, metadata.PeriodEnd));
        Assert.Equal(new DateOnly(2022, 5, 24), metadata.DatePublished);
    }

    [Theory]
    [InlineData("渝科协发〔2022〕88号", "渝科协发〔2022〕88号")]
    [InlineData("渝科协发[2022]88号", "渝科协发〔2022〕88号")]
    [InlineData("唐全科字（2023）1号", "唐全科字〔2023〕1号")]
    [InlineData("没有文号的文字", null)]
    public void Normalizes_document_number_brackets(string text, string? expected)
    {
        Assert.Equal(expected, MetadataExtractor.FindDocumentNumber(text));
    }

    [Theory]
    [InlineData("2024年7月31日", 2024, 7, 31)]
    [InlineData("2022-05-11", 2022, 5, 11)]
    [InlineData("2023/3/30", 2023, 3, 30)]
    public void Parses_dates_in_the_forms_documents_use(string text, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), MetadataExtractor.ParseDate(text));
    }

    [Theory]
    [InlineData("2023年2月30日")]
    [InlineData("不是日期")]
    public void Rejects_impossible_or_missing_dates(string text)
    {
        Assert.Null(MetadataExtractor.ParseDate(text));
    }

    [Fact]
    public void Repairs_a_broken_document_number_and_date_where_the_metadata_states_them()
    {
        var repaired = DocumentNumberRepair.Repair("巴南府办发〔202241\n重庆市巴南区人民政府办公室\n2022511", "巴南府办发〔2022〕41号", new DateOnly(2022, 5, 11));
        Assert.Equal("巴南府办发〔2022〕41号\n重庆市巴南区人民政府办公室\n2022年5月11日", repaired);
    }
}
