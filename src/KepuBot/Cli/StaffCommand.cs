using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using KepuBot.Staff.Auth;

namespace KepuBot.Cli;

/// <summary>
/// <c>staff hash-password | new-token | new-signing-key</c>: makes the values that go into <c>Staff:*</c>
/// configuration, so plain secrets never have to be written into appsettings.json.
/// </summary>
public static class StaffCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var hash = new Command("hash-password", "生成密码哈希，填入 Staff:Accounts:n:PasswordHash（密码从标准输入读取，不回显）");
        hash.SetAction(_ =>
        {
            var password = ReadPassword();
            if (password is null)
            {
                return 2;
            }

            Console.WriteLine(SecretHasher.HashPassword(password));
            return 0;
        });

        var token = new Command("new-token", "生成 API 令牌（交给脚本使用）及其哈希（填入 Staff:Accounts:n:TokenHash）");
        token.SetAction(_ =>
        {
            var (value, tokenHash) = SecretHasher.NewToken();
            Console.WriteLine($"令牌（只显示这一次，请妥善保存）：{value}");
            Console.WriteLine($"TokenHash：{tokenHash}");
            return 0;
        });

        var key = new Command("new-signing-key", "生成令牌签名密钥，填入 Staff:SigningKey（所有实例使用同一个）");
        key.SetAction(_ =>
        {
            Console.WriteLine(Convert.ToBase64String(RandomNumberGenerator.GetBytes(StaffOptionsValidator.MinimumKeyBytes)));
            return 0;
        });

        return new Command("staff", "工作人员账号工具 (staff account tools)") { hash, token, key };
    }

    private static string? ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            var piped = Console.In.ReadLine();
            return Check(piped);
        }

        var first = Prompt("请输入密码：");
        var second = Prompt("请再输入一次：");
        if (first != second)
        {
            Console.Error.WriteLine("错误：两次输入的密码不一致。");
            return null;
        }

        return Check(first);
    }

    private static string? Check(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < 10)
        {
            Console.Error.WriteLine("错误：密码至少需要10个字符。");
            return null;
        }

        return password;
    }

    private static string Prompt(string label)
    {
        Console.Error.Write(label);
        var text = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                text.Length = Math.Max(0, text.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return text.ToString();
    }
}
