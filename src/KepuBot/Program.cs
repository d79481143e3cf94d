Console.WriteLine("KepuBot");
