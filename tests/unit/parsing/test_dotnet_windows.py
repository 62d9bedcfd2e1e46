"""Windows' and .NET's resolver errors in the forms the `dotnet-*` and localized rules do not read
(rules/dotnet_windows.py, gathered from the round modules of held-out D..V): each rule reads its form, and each fires
on one of these examples."""

from __future__ import annotations

import pytest

from checks.parsing.rules.dotnet_windows import RULES as DOTNET_WINDOWS_RULES
from tests.unit.parsing.rounds import rules_that_fire, triples, unfired

EXAMPLES: tuple[tuple[str, str, set[tuple[str, str, bool]]], ...] = (
    ("windows-dns-client-timed-out",  # held-out IT-JA (spent): event 1015 as Get-WinEvent lists it
     "1015 Name resolution for the name api.corp.example timed out after the DNS server 10.0.2.3:53 did not respond.",
     {("api.corp.example", "timeout", False)}),
    ("dotnet-eagain-over-dns-frames",  # held-out IT-JA (spent): Akka.NET's association under .NET Core on Linux
     "Association failed with akka.tcp://sys@seed-0.seed:4053] Caused by: [System.Net.Internals.SocketExceptionFactory"
     "+ExtendedSocketException: Resource temporarily unavailable\n   at System.Net.Dns.InternalGetHostByName(String)",
     {("seed-0.seed", "temporary", False)}),
    ("winhttp-name-not-resolved",
     "    Updating registry `https://github.com/rust-lang/crates.io-index`\n"
     "warning: spurious network error (2 tries remaining): failed to send request: The\n"
     " server name or address could not be resolved\n; class=Os (2)",
     {("github.com", "nxdomain", False)}),
    ("dotnet-socket-connection-string",
     'root@node:~/NBXplorer# dotnet run --no-build -c Release --postgres "User ID=postgres;Host=postgres;Port=5432;'
     'Database=nbxplorer"\ninfo: NBXplorer.DatabaseSetup: Postgres services activated\n'
     "Unhandled exception. System.Net.Sockets.SocketException (00000005, 0xFFFDFFFF): Name or service not known\n",
     {("postgres", "nxdomain", False)}),
    ("dotnet-socket-connection-string",  # Npgsql's own `Failed to connect to h:port` above the inner exception
     "Npgsql.NpgsqlException (0x80004005): Failed to connect to postgres-db:5432\n"
     " ---> System.Net.Sockets.SocketException (00000005, 0xFFFDFFFF): Name or service not known",
     {("postgres-db", "nxdomain", False)}),
    ("dotnet-socket-connection-string",  # EF Core names the server; SqlClient's `error: 35` does not
     "fail: Microsoft.EntityFrameworkCore.Database.Connection[20004]\n"
     "      An error occurred using the connection to database 'app' on server 'tcp:mssql.db.svc,1433'.\n"
     "Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while "
     "establishing a connection to SQL Server. (provider: TCP Provider, error: 35 - An internal exception was caught)\n"
     " ---> System.Net.Sockets.SocketException (00000001, 11): Resource temporarily unavailable",
     {("mssql.db.svc", "temporary", False)}),
    ("emby-name-resolution-failure",  # held-out BZ
     "Error HttpClient: Error NameResolutionFailure getting response from https://www.mb3admin.local/admin/x.json",
     {("www.mb3admin.local", "other", False)}),
    ("mono-dns-name-resolution-failure",
     "[v3.0.10.1567] System.Net.WebException: DNS Name Resolution Failure: 'prowlarr'",
     {("prowlarr", "other", False)}),
    ("grpc-csharp-dns-lookup-error", "DNS lookup error for '127.0.0.1'. 'Non-Existent Domain'",
     {("127.0.0.1", "nxdomain", False)}),
    ("mono-hostless-request",
     "GET https://www.nuget.org/api/v3/FindPackagesById()?Id='Microsoft.AspNet.StaticFiles'.\n"
     "Warning: FindPackagesById: Microsoft.Aspnet.Mvc\nError: NameResolutionFailure",
     {("www.nuget.org", "other", False)}),
    ("npgsql-opening-connection",
     "dbug: Npgsql.NpgsqlConnection[3]\n      Opening connection to database 'oms' on server 'tcp://pg-host:5437'.\n"
     "      System.Net.Sockets.SocketException: Unknown error -1",
     {("pg-host", "other", False)}),
    ("nuget-service-index-reason-below",
     "NuGet.targets(128,5): error : Unable to load the service index for source https://api.nuget.org/v3/index.json.\n"
     "NuGet.targets(128,5): error :   Resource temporarily unavailable [/src/x.sln]\n",
     {("api.nuget.org", "temporary", False)}),
    ("grpc-dotnet-dns-hosts",
     "'Status(StatusCode=\"Unavailable\", Detail=\"Error getting DNS hosts for address 'grpc.example.be'. "
     'SocketException: The requested name is valid, but no data of the requested type was found."',
     {("grpc.example.be", "nxdomain", False)}),
    ("dotnet-winsock-localized",
     "[2017-10-10 11:09:30] connect to info.pinyin.sogou.com:80\n[2017-10-10 11:09:32] System.Net.Sockets."
     "SocketException (0x80004005): \u8bf7\u6c42\u7684\u540d\u79f0\u6709\u6548\uff0c\u4f46\u662f\u627e\u4e0d\u5230"
     "\u8bf7\u6c42\u7684\u7c7b\u578b\u7684\u6570\u636e\u3002\n",
     {("info.pinyin.sogou.com", "nxdomain", False)}),
)  # fmt: skip


@pytest.mark.parametrize(("case", "text", "want"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_dotnet_windows_form(case: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert set(triples(text)) == want, case
    assert case in rules_that_fire(text)


def test_every_dotnet_windows_rule_fires() -> None:
    assert unfired(DOTNET_WINDOWS_RULES, (e[1] for e in EXAMPLES)) == set()
