using KepuBot.Safety;

namespace KepuBot.Tests.Safety;

public sealed class PersonalDataMaskerTests
{
    [Theory]
    [InlineData("我的电话是13812345678", "我的电话是138****5678")]
    [InlineData("电话 138 1234 5678 找我", "电话 138 **** 5678 找我")]
    [InlineData("电话138-1234-5678", "电话138-****-5678")]
    [InlineData("打+86 138 1234 5678", "打+86 138 **** 5678")]
    [InlineData("手机１３８１２３４５６７８", "手机１３８****５６７８")]
    [InlineData("手机１３８－１２３４－５６７８", "手机１３８－****－５６７８")]
    [InlineData("电话13812345678 123号房", "电话138****5678 123号房")]
    [InlineData("身份证110101199003071234", "身份证1101**********1234")]
    [InlineData("身份证11010119900307123X", "身份证1101**********123X")]
    [InlineData("身份证 110101 19900307 1234", "身份证 1101** ******** 1234")]
    [InlineData("老身份证110101900307123", "老身份证1101*******7123")]
    [InlineData("身份证１１０１０１１９９００３０７１２３４", "身份证１１０１**********１２３４")]
    [InlineData("卡号6222021234567890123", "卡号6222***********0123")]
    [InlineData("卡号6222 0212 3456 7890 123", "卡号6222 **** **** ***0 123")]
    [InlineData("卡号6222-0212-3456-7890", "卡号6222-****-****-7890")]
    [InlineData("座机023-68123456", "座机023-******56")]
    [InlineData("每年不少于2次，2024年7月31日", "每年不少于2次，2024年7月31日")]
    [InlineData("2021-2025年，文号巴南府办发〔2022〕41号", "2021-2025年，文号巴南府办发〔2022〕41号")]
    [InlineData("拨打96110或12345咨询", "拨打96110或12345咨询")]
    [InlineData("第1 2 3 4 5条", "第1 2 3 4 5条")]
    public void Masks_phone_id_card_and_landline_numbers_however_typed_but_not_ordinary_numbers(string text, string expected)
    {
        Assert.Equal(expected, PersonalDataMasker.Mask(text));
    }
}
