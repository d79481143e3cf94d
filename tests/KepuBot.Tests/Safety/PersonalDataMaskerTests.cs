using KepuBot.Safety;

namespace KepuBot.Tests.Safety;

public sealed class PersonalDataMaskerTests
{
    [Theory]
    [InlineData("我的电话是13812345678", "我的电话是138****5678")]
    [InlineData("身份证110101199003071234", "身份证1101**********1234")]
    [InlineData("卡号6222021234567890123", "卡号6222***********0123")]
    [InlineData("座机023-68123456", "座机023-****56")]
    [InlineData("每年不少于2次，2024年7月31日", "每年不少于2次，2024年7月31日")]
    public void Masks_phone_id_and_card_numbers_but_not_ordinary_numbers(string text, string expected)
    {
        Assert.Equal(expected, PersonalDataMasker.Mask(text));
    }
}
