using ChainGraph.Projects.Editing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainGraph.Web.Projects;

/// <summary>The 项目库's answers to requests it cannot serve, in Chinese, as RFC 9457 problem details.</summary>
public static class ProjectProblems
{
    public static ValidationProblem Invalid(FieldErrors errors) => TypedResults.ValidationProblem(
        errors.ToDictionary(), title: "提交的内容有误", detail: "请按各项提示修改后重新提交。");

    public static ValidationProblem Invalid(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return Invalid(errors);
    }

    public static ProblemHttpResult ProjectNotFound(long id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "没有找到项目", detail: $"项目库中没有编号为 {id} 的项目，可能已被删除或编号有误。");

    public static ProblemHttpResult VisitNotFound(long id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "没有找到走访记录", detail: $"没有编号为 {id} 的走访记录。");

    public static ProblemHttpResult PlansUnusable() => TypedResults.Problem(
        statusCode: StatusCodes.Status500InternalServerError, title: "年度目标文件有误", detail: "年度目标文件未能读取，请管理员查看服务器日志中指出的文件、行和字段并修正。");
}
