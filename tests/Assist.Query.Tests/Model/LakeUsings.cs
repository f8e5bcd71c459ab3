// The tests query the generated lake (Assist.Lake, built from schema/*.yaml).
global using Assist.Lake;
global using Assist.Lake.CasContent.Core;
global using Assist.Lake.CasCore.Core;
global using Assist.Lake.CasCore.Groups;
global using Assist.Lake.CasCore.MasterUser;
global using Assist.Lake.CasCore.StudentData;
global using Assist.Lake.CasCore.Users;
