using System.Collections.Frozen;

namespace ChainGraph.Ingest.Policy;

/// <summary>
/// Traditional → Simplified for the characters that matter in Chinese policy documents and
/// enterprise names (496 characters: every Traditional character of the Dongli plan, plus
/// common ones of place, industry and company names). One-to-one character mapping (as in the
/// 《简化字总表》 pairs); ambiguous one-to-many cases such as 著/着 are left alone on purpose.
/// </summary>
public static class TraditionalChinese
{
    private const string Traditional =
        "來個備傳傾價億優儲內冊別創劃動務勢區協員問單國圍園圖團執堅報場塊壇壓壯學實審將專對導層帶廠廣強徑從愛態應戰戶揮搶撐撥據擬" +
        "擴數時會東條業極構樁樓標樹機檔檢權決況減測準溝滿潛濟濱為營爭牽狀現環產異療發盡監盤確稅積穩節篩簽籌籠粵糧約紙級細組結絡統" +
        "經綜綠維網緊總織繞繳繼續聯職臨臺與舉華萬藥號術衛補裝見規視親覽訂計訓訪設評試認調談請論諾證識譜讀讓財責費貿資賦質趨蹤車軌" +
        "軍載輻轄轉辦農連進運過達遞適選醫釋針銀銜鋼錄鏈長門開間關陣陸隊階際隨雙電靈響頂項預領頭頻題額類顧驅驗體麗點齊龍義漢廳書縣" +
        "鎮鄉於這們說後裡氣灣蘇瀋遼廈滬雲貴陝寧晉魯豐鐵礦藝紡獎勵稱聖歐盧馬魚鳥風飛儀製築熱燈輕紅線鏡錢貨買賣換衆眾夥傑僑兒兩凱勞" +
        "匯參叢啟嚴圓壽夢奮婦寶屬島嶺幣廟張徵惡戲拋掃撫擔擁擇擊斷齡晝曉曆歷棟榮槍樣橋檯歲毀淨淺渦溫滅漁潔澤濕災煉煙燒爐犧獨獲瑪畢" +
        "當盜碼礎禮種穀窮競筆範簡糾紀純紗納紛終給絕絲綱綿編緣練縮績纖罰羅聞聲肅脅腦膠艦莊葉蔣蘭處虛蟲複襲覺觀訊記許詞詳誌誠誤課護" +
        "變豬貝負貢販貫貸購賴贊趙跡軟較輔輛輪輸辭邊郵鄭鄰醬釀鈴鉛銅銷鋁鋰鋪鍋鍵鎖鏟鑄鑽閉閑閱闊陽隱雜雞離難靜韓頁頒顯飲飯餘館駐騰" +
        "髮鬥鬧鳳鹽麥黃齒龜塢滙碩偉潤賽馳";

    private const string Simplified =
        "来个备传倾价亿优储内册别创划动务势区协员问单国围园图团执坚报场块坛压壮学实审将专对导层带厂广强径从爱态应战户挥抢撑拨据拟" +
        "扩数时会东条业极构桩楼标树机档检权决况减测准沟满潜济滨为营争牵状现环产异疗发尽监盘确税积稳节筛签筹笼粤粮约纸级细组结络统" +
        "经综绿维网紧总织绕缴继续联职临台与举华万药号术卫补装见规视亲览订计训访设评试认调谈请论诺证识谱读让财责费贸资赋质趋踪车轨" +
        "军载辐辖转办农连进运过达递适选医释针银衔钢录链长门开间关阵陆队阶际随双电灵响顶项预领头频题额类顾驱验体丽点齐龙义汉厅书县" +
        "镇乡于这们说后里气湾苏沈辽厦沪云贵陕宁晋鲁丰铁矿艺纺奖励称圣欧卢马鱼鸟风飞仪制筑热灯轻红线镜钱货买卖换众众伙杰侨儿两凯劳" +
        "汇参丛启严圆寿梦奋妇宝属岛岭币庙张征恶戏抛扫抚担拥择击断龄昼晓历历栋荣枪样桥台岁毁净浅涡温灭渔洁泽湿灾炼烟烧炉牺独获玛毕" +
        "当盗码础礼种谷穷竞笔范简纠纪纯纱纳纷终给绝丝纲绵编缘练缩绩纤罚罗闻声肃胁脑胶舰庄叶蒋兰处虚虫复袭觉观讯记许词详志诚误课护" +
        "变猪贝负贡贩贯贷购赖赞赵迹软较辅辆轮输辞边邮郑邻酱酿铃铅铜销铝锂铺锅键锁铲铸钻闭闲阅阔阳隐杂鸡离难静韩页颁显饮饭余馆驻腾" +
        "发斗闹凤盐麦黄齿龟坞汇硕伟润赛驰";

    private static readonly FrozenDictionary<char, char> s_map = Traditional.Zip(Simplified).ToFrozenDictionary(p => p.First, p => p.Second);

    public static int Count => s_map.Count;

    /// <summary>The text with every known Traditional character replaced by its Simplified form; other characters unchanged.</summary>
    public static string ToSimplified(string text)
    {
        var chars = text.ToCharArray();
        var changed = false;
        for (var i = 0; i < chars.Length; i++)
        {
            if (s_map.TryGetValue(chars[i], out var simplified))
            {
                chars[i] = simplified;
                changed = true;
            }
        }

        return changed ? new string(chars) : text;
    }

    /// <summary>How many characters of <paramref name="text"/> are known Traditional forms (to tell a Traditional document).</summary>
    public static int CountTraditional(string text) => text.Count(s_map.ContainsKey);
}
