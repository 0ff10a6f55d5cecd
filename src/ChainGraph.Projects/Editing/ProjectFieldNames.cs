namespace ChainGraph.Projects.Editing;

/// <summary>The Chinese name of every request field, for messages and the history (字段 → 中文).</summary>
public static class ProjectFieldNames
{
    private static readonly Dictionary<string, string> s_labels = new(StringComparer.Ordinal)
    {
        ["name"] = "项目名称",
        ["enterpriseKey"] = "投资企业",
        ["enterpriseName"] = "投资企业名称",
        ["enterpriseSource"] = "企业来源",
        ["chain"] = "产业链",
        ["segment"] = "环节",
        ["anchor"] = "链主企业",
        ["direction"] = "方向",
        ["role"] = "补链/延链/强链",
        ["categories"] = "项目类别",
        ["plannedInvestment"] = "计划投资额（亿元）",
        ["landParcels"] = "用地（宗）",
        ["landAreaMu"] = "用地面积（亩）",
        ["landOn"] = "用地出让日期",
        ["ownerUnit"] = "责任单位",
        ["ownerPerson"] = "责任人",
        ["priority"] = "重点等级",
        ["nextAction"] = "下一步工作",
        ["nextActionDue"] = "下一步完成时限",
        ["stage"] = "阶段",
        ["stageOn"] = "阶段日期",
        ["terminationReason"] = "终止原因",
        ["fundsAmount"] = "到位资金（亿元）",
        ["fundsOn"] = "到位日期",
        ["fundsNote"] = "到位说明",
        ["note"] = "进展情况",
        ["origin"] = "线索来源",
        ["originNote"] = "来源说明",
        ["projectId"] = "项目",
        ["kind"] = "类型",
        ["status"] = "状态",
        ["plannedOn"] = "计划日期",
        ["doneOn"] = "走访日期",
        ["visitors"] = "走访人员",
        ["visitees"] = "会见对象",
        ["outcome"] = "走访成果",
        ["followUps"] = "后续事项",
        [FieldErrors.General] = "本次提交",
    };

    public static string Of(string field) => s_labels.TryGetValue(field, out var label) ? label : field;
}
