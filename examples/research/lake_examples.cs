// The lake description's own example queries (seeds/000), written against the typed lake so that the joins are the
// ones the description means: teachers by curriculum (t_setting joined to their users row) and students per class
// (a class's members of kind user), plus the description's "students given an assignment", whose SQL joins the wrong
// columns. See lake_examples.md.
using Assist.Lake;
using Assist.Query;
using Assist.Submissions;

Submission.Describe(
    title: "The lake description's example queries, correctly joined",
    purpose: "Teachers per curriculum, students per class and the students given one assignment, as seeds/000 describes them.");

// "Find all teacher users who teach Illustrative Mathematics and join settings with user row": counted per curriculum
// text instead of listed, with when their user rows were created. A count per curriculum describes no person.
var teachersByCurriculum =
    from ts in Lake.CasCore.MasterUser.TSetting
    group ts by ts.CurriculumsTaught into g
    orderby g.Key
    select new
    {
        Curriculum = g.Key,
        Teachers = g.Select(t => t.TeacherId).Distinct().LongCount(),
        FirstJoined = g.Min(t => t.Teacher().Created),
    };
Submission.Output("teachers_by_curriculum", teachersByCurriculum);

// Students per class: classes are groups of type "ASSISTments Course"; their students are the active memberships
// whose member is a user (member_type_id = 1, member_id a users.users id).
var studentsPerClass =
    from c in Lake.CasCore.Groups.PrincipalGroupDefinitions
    where c.GroupTypeId == GroupType.AssistmentsCourse
    orderby c.Id
    select new
    {
        ClassId = c.Id,
        c.CreatedAt,
        Students = c.PrincipalGroupMemberships().LongCount(m => m.MemberTypeId == MemberType.User && m.Active),
    };
Submission.Output("students_per_class", studentsPerClass);

// "Find all students who were given assignment 12345", joined as meant: the assignment's group context is an xid of
// kind group (xref type 2) whose target is the class; its members of kind user are the students.
const long assignmentId = 4000000; // the first assignment of a synthetic lake; put the one you need
var givenAssignment =
    from a in Lake.CasCore.Core.Assignments
    where a.Id == assignmentId
    from m in a.GroupContext()!.PrincipalGroupMemberships()
    where m.MemberTypeId == MemberType.User
    orderby m.MemberId
    select new { AssignmentId = a.Id, StudentId = m.MemberId, m.Active };
Submission.RowLevelOutput("students_given_assignment", givenAssignment,
    reason: "the lake description's example lists the students an assignment was given to; ids only, no names or emails");
