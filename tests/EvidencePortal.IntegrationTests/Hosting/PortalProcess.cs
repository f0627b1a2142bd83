using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Hosting;

/// <summary>
/// The built portal run as an operator runs it: its own process and command line, on PostgreSQL, on a real port.
/// What it writes is kept, to explain a failure.
/// </summary>
public sealed class PortalProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private PortalProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static PortalProcess Start(string database)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var process = Run(Settings(database).Concat(["--urls", address.ToString()]));
        var portal = new PortalProcess(process, address);
        process.OutputDataReceived += (_, line) => portal.Append(line.Data);
        process.ErrorDataReceived += (_, line) => portal.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return portal;
    }

    /// <summary>An editor's account, made with the portal's own command (the password on standard input).</summary>
    public static async Task AddEditorAsync(string database, string email, string password)
    {
        using var command = Run(["users", "add", email, "--role", "editor", .. Settings(database)]);
        await command.StandardInput.WriteLineAsync(password);
        command.StandardInput.Close();
        var said = await command.StandardOutput.ReadToEndAsync() + await command.StandardError.ReadToEndAsync();
        await command.WaitForExitAsync();
        Assert.True(command.ExitCode == 0, said);
    }

    /// <summary>Waits until /health answers 200: migrated, content imported, serving.</summary>
    public async Task ReadyAsync()
    {
        using var client = NewClient();
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(120);)
        {
            Assert.False(process.HasExited, "The portal stopped while starting:\n" + Output);
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        Assert.Fail("The portal was not ready within two minutes:\n" + Output);
    }

    /// <summary>A browser-like client: its own cookies, redirects not followed.</summary>
    public HttpClient NewClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() })
        {
            BaseAddress = Address,
        };

    /// <summary>SIGKILL: the process gets no chance to tidy up, as when a machine or container dies.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }
        process.Dispose();
    }

    private void Append(string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static IEnumerable<string> Settings(string database) =>
    [
        "--contentRoot", Path.Combine(RepoPaths.Root, "src", "EvidencePortal.Web"),
        "--Database:Provider=Postgres", $"--ConnectionStrings:Portal={database}",
        $"--Content:Root={RepoPaths.Content}", "--Content:ImportOnEmptyStore=true",
        "--Security:RequireTwoFactor=false",
    ];

    private static Process Run(IEnumerable<string> arguments)
    {
        // The dotnet host that runs these tests, so the app runs on the same runtime.
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EvidencePortal.Web.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return Process.Start(info)!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
