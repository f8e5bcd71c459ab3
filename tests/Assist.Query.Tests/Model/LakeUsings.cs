// The tests query their own fixture lake (Fixtures/Lake, a frozen copy of schema/ generated as Assist.Query.Tests.Lake).
global using Assist.Query.Tests.Lake;
global using Assist.Query.Tests.Lake.CasContent.Core;
global using Assist.Query.Tests.Lake.CasCore.Core;
global using Assist.Query.Tests.Lake.CasCore.Groups;
global using Assist.Query.Tests.Lake.CasCore.MasterUser;
global using Assist.Query.Tests.Lake.CasCore.StudentData;
global using Assist.Query.Tests.Lake.CasCore.Users;
