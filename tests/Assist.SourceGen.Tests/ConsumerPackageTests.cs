using System.Diagnostics;
using System.Globalization;
using Assist.SourceGen.Tests.Infrastructure;
using Xunit;

namespace Assist.SourceGen.Tests;

/// <summary>
/// The researcher's path: pack Assist.SourceGen, Assist.Schema and Assist.Query into a folder feed, create a fresh console project
/// with its own YAML that references both packages, build it and run it. Slow (about a minute): one test.
/// </summary>
public sealed class ConsumerPackageTests
{
    private const string Schema = """
        catalogs:
          shop:
            description: A researcher's own lake.
            athena: { data_source: shop }
            duckdb: { attach_as: shop }
        """;

    private const string Enums = """
        enums:
          order_status:
            description: Where an order is.
            values:
              1: open
              2: paid
        """;

    private const string Sales = """
        catalog: shop
        schema: sales
        tables:
          customers:
            provenance: inferred
            primary_key: [id]
            columns:
              - { name: id, type: bigint, nullable: false, provenance: inferred }
              - { name: email, type: varchar, nullable: true, pii: true, provenance: inferred }
          orders:
            provenance: inferred
            primary_key: [id]
            columns:
              - { name: id, type: bigint, nullable: false, provenance: inferred }
              - { name: customer_id, type: bigint, nullable: false, references: shop.sales.customers.id, provenance: inferred }
              - { name: status, type: integer, nullable: true, enum: order_status, provenance: inferred }
              - { name: placed_at, type: timestamp(6), nullable: false, provenance: inferred }
        """;

    private const string Program = """
        using Assist.Query.Metadata;
        using Research.Lake;
        using Research.Lake.Shop.Sales;

        var orders = Lake.Shop.Sales.Orders.Table;
        Console.WriteLine(orders.QualifiedName);
        Console.WriteLine(string.Join(",", orders.Columns.Select(c => c.SqlName + ":" + c.SqlType + ":" + (Nullable.GetUnderlyingType(c.ClrType) ?? c.ClrType).Name + (c.IsNullable ? "?" : ""))));
        var customer = LakeModel.FindNavigation(typeof(Order), nameof(Order.Customer))!;
        Console.WriteLine(customer.Kind + " " + customer.SourceColumn + "->" + customer.TargetColumn);
        var back = LakeModel.FindNavigation(typeof(Customer), nameof(Customer.Orders))!;
        Console.WriteLine(back.Kind + " " + back.TargetType.Name);
        Console.WriteLine(LakeModel.FindTable(typeof(Customer))!.Columns.Single(c => c.IsPii).SqlName);
        Console.WriteLine(OrderStatus.Paid + "=" + (int)OrderStatus.Paid);
        Console.WriteLine(typeof(DuckDB.NET.Data.DuckDBConnection).Assembly.GetName().Name);
        """;

    [Fact]
    public void A_fresh_console_project_builds_and_runs_against_the_packed_packages()
    {
        var root = Directory.CreateTempSubdirectory("assist-consumer-");
        try
        {
            // A version no earlier run used, so the NuGet cache can never hand back a stale package.
            var version = "0.0.0-consumer" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
            var feed = Path.Combine(root.FullName, "feed");
            var repo = Fixtures.RepositoryRoot();
            foreach (var project in new[] { "src/Assist.SourceGen", "src/Assist.Schema", "src/Assist.Query" })
            {
                Run(repo, "pack", Path.Combine(repo, project), "-o", feed, "-p:Version=" + version, "--artifacts-path", Path.Combine(root.FullName, "artifacts"));
            }

            var app = Directory.CreateDirectory(Path.Combine(root.FullName, "app")).FullName;
            Directory.CreateDirectory(Path.Combine(app, "schema", "shop"));
            File.WriteAllText(Path.Combine(app, "schema", "lake.yaml"), Schema);
            File.WriteAllText(Path.Combine(app, "schema", "enums.yaml"), Enums);
            File.WriteAllText(Path.Combine(app, "schema", "shop", "sales.yaml"), Sales);
            File.WriteAllText(Path.Combine(app, "Program.cs"), Program);
            File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="assist-test-feed" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                    <NoWarn>$(NoWarn);CS1591</NoWarn>
                    <RuntimeIdentifier>$(NETCoreSdkRuntimeIdentifier)</RuntimeIdentifier>
                    <AssistLakeNamespace>Research.Lake</AssistLakeNamespace>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Assist.Query" Version="{version}" />
                    <PackageReference Include="Assist.SourceGen" Version="{version}" />
                    <AdditionalFiles Include="schema/**/*.yaml" />
                  </ItemGroup>
                </Project>
                """);

            Run(app, "build", app);
            var output = Run(app, "run", "--no-build", "--project", app);

            Assert.Equal(
                """
                shop.sales.orders
                id:bigint:Int64,customer_id:bigint:Int64,status:integer:OrderStatus?,placed_at:timestamp(6):DateTime
                ToOne customer_id->id
                ToMany Order
                email
                Paid=2
                DuckDB.NET.Data

                """,
                output.Replace("\r\n", "\n", StringComparison.Ordinal));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static string Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild settings must not leak into the child builds.
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("DOTNET_HOST_PATH");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dotnet " + string.Join(" ", arguments) + " timed out");
        }

        Assert.True(process.ExitCode == 0, "dotnet " + string.Join(" ", arguments) + " failed:\n" + stdout.Result + stderr.Result);
        return stdout.Result;
    }
}
