using System.Text;
using ClaimCheck.Commands;

// The executable is thin: everything, including argument parsing, lives in the library.
Console.OutputEncoding = new UTF8Encoding(false);
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
int code = ClaimCheckApp.Run(args, stdout, Console.Error);
stdout.Flush();
return code;
