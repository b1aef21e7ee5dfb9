// Seeded generator of realistic cases for ./scripts/bench, in exactly the stored shape
// (src/domain/case/mod.rs, flattened `Meta`, as in tests/fixtures/backup-v1.json; events carry
// the hash chain of src/domain/audit.rs): varied
// companies with valid 统一社会信用代码, catalog and free-text services, every status, 5–20
// timeline events that follow the status graph, notes. Same seed and same `today` → same cases.
//
//   node bench/generate.mjs 2000 > cases.json      (or import { generateCases })

import { createHash } from "node:crypto";

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = [
  ["深圳", "440300"], ["上海", "310115"], ["北京", "110105"], ["广州", "440106"],
  ["杭州", "330106"], ["成都", "510107"], ["苏州", "320505"], ["南京", "320106"],
  ["武汉", "420106"], ["西安", "610113"], ["重庆", "500112"], ["天津", "120116"],
  ["东莞", "441900"], ["宁波", "330212"], ["青岛", "370212"], ["厦门", "350206"],
];
const NAMES = [
  "华信", "恒通", "瑞丰", "鼎盛", "启明", "宏达", "嘉禾", "中泰", "金桥", "博远", "新锐", "海纳",
  "星河", "天成", "卓越", "汇智", "安泰", "永信", "正和", "凯旋", "同创", "远景", "富源", "盛世",
  "云帆", "青松", "德润", "明泰", "长青", "通达", "锦程", "万象", "蓝海", "众鑫", "和美", "佳讯",
  "睿思", "合众", "瀚海", "晨光",
];
const TRADES = [
  "科技", "建设工程", "贸易", "餐饮管理", "生物医药", "电子商务", "文化传媒", "供应链管理",
  "智能制造", "企业管理咨询", "新能源", "物业服务", "教育科技", "医疗器械", "物流",
];
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢";
const GIVEN = [
  "伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "军", "强", "丽", "涛", "明", "超",
  "秀英", "建华", "志强", "晓燕", "海燕", "国庆", "春梅", "文博", "子涵", "雨萱", "浩然", "思远",
  "佳怡", "俊杰", "欣怡", "宇航",
];
const STAFF = [
  "张敏", "刘洋", "陈静", "赵磊", "王芳", "李娜", "周杰", "吴婷", "孙浩", "郑晓", "黄蕾", "林峰",
];
const SERVICES = [
  ["company_registration", "工商注册(公司设立登记)"],
  ["scope_change", "经营范围变更"],
  ["articles_change", "章程变更"],
  ["company_deregistration", "公司注销"],
  ["tax_change", "税务变更"],
  ["tax_deregistration", "税务注销"],
  ["audit_report", "审计报告"],
  ["social_insurance_enrolment", "社保增员"],
  ["high_tech_certification", "高新技术企业认定"],
  ["construction_qualification_upgrade", "建筑资质升级"],
  ["food_business_licence", "食品经营许可证"],
  ["trademark_registration", "商标注册"],
  ["trademark_rejection_review", "商标驳回复审"],
  ["foreign_invested_setup", "外资企业设立"],
  ["bank_account_opening", "银行开户"],
  ["customs_filing", "海关备案"],
];
const FREE_SERVICES = ["股权变更", "ICP经营许可证", "代理记账转接", "出口退税备案", "人力资源服务许可", "道路运输许可"];
const URGENCY = [
  ["tender", ["招标文件要求投标时提供变更后的营业执照", "投标截止前须完成资质升级", "招标方要求提供完税证明"]],
  ["financing_signing", ["投资方要求签约前完成工商变更", "融资协议约定交割前完成章程备案"]],
  ["opening", ["门店开业日期已对外公布", "新店开业需先取得许可证"]],
  ["trade_fair", ["广交会报名截止前须取得进出口权", "展会需提供海关备案回执"]],
  ["batch_window", ["本批次高企认定申报窗口即将关闭", "社保增员须在当月截止日前办结"]],
  ["other", ["客户出国前须办结", "年度审计须在股东会前完成"]],
];
const NOTE_PARTS = [
  "客户已提供全部原件，复印件待盖章。",
  "法定代表人下周出差，需提前预约签字时间。",
  "经办窗口要求补充租赁合同备案证明。",
  "已与区市场监管局窗口电话确认材料清单。",
  "客户对加急费用有疑问，已说明收费标准。",
  "名称预核准已通过，等待提交设立申请。",
  "税务专管员要求先完成清税申报。",
  "银行要求实地核查经营场所，约在周三上午。",
  "材料预审发现股东会决议日期有误，已退回客户重签。",
  "上次同类业务因印章不一致被退回，本次重点核对。",
  "客户希望每天下午五点前同步一次进度。",
  "备用方案：如线上提交失败，改为窗口现场办理。",
];
const FIELDS = [
  "company_name", "credit_code", "legal_rep", "contact_name", "contact_phone", "service_key",
  "service_name", "urgency", "urgency_note", "hard_date", "start_date", "promised_days", "pm",
  "executor1", "executor2", "logistics", "notes",
];
// The status graph of src/domain/case/mod.rs (`Status::next`), forward step first.
const NEXT = {
  intake: ["precheck", "failed"],
  precheck: ["in_progress", "intake", "failed"],
  in_progress: ["submitted", "precheck", "failed"],
  submitted: ["done", "in_progress", "failed"],
  failed: ["recovered", "in_progress"],
  done: [],
  recovered: [],
};
const CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const DAY = 86_400_000;
const HOUR = 3_600_000;

function creditCode(rnd, region) {
  let body = "91" + region;
  for (let i = 0; i < 9; i++) body += CODE_CHARS[Math.floor(rnd() * CODE_CHARS.length)];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CODE_CHARS.indexOf(body[i]) * CODE_WEIGHTS[i];
  return body + CODE_CHARS[(31 - (sum % 31)) % 31];
}

function uuidV7(ms, rnd) {
  const hex = ms.toString(16).padStart(12, "0");
  const r = Array.from({ length: 10 }, () => Math.floor(rnd() * 256));
  r[0] = (r[0] & 0x0f) | 0x70; // version 7
  r[2] = (r[2] & 0x3f) | 0x80; // RFC 4122 variant
  const h = r.map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${h.slice(0, 4)}-${h.slice(4, 8)}-${h.slice(8, 20)}`;
}

/** chrono's serde form of DateTime<Utc> for whole seconds: 2026-05-28T20:26:41Z. */
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
const date = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * `count` cases from `seed`, dated around `today` (a Date; default now) so that the lists
 * always hold overdue, due-this-week and later cases.
 */
export function generateCases(count, { seed = 20261126, today = new Date() } = {}) {
  const rnd = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const person = () => pick(SURNAMES) + pick(GIVEN);
  const midnight = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const cases = [];
  for (let n = 0; n < count; n++) {
    const events = int(5, 20);
    const archived = rnd() < 0.05;
    const restoredOnce = !archived && rnd() < 0.03;
    const extras = (archived ? 1 : 0) + (restoredOnce ? 2 : 0);
    // Walk the status graph: mostly forward, sometimes back or into failure.
    const steps = int(0, Math.min(events - 1 - extras, 7));
    let status = "intake";
    const kinds = [{ type: "created" }];
    for (let s = 0; s < steps && NEXT[status].length; s++) {
      const options = NEXT[status];
      const to = rnd() < 0.9 ? options[0] : pick(options.slice(1).length ? options.slice(1) : options);
      kinds.push({ type: "status_changed", from: status, to });
      status = to;
    }
    const edits = events - kinds.length - extras;
    for (let e = 0; e < edits; e++) {
      const at = int(1, kinds.length);
      const fields = [...new Set(Array.from({ length: int(1, 3) }, () => pick(FIELDS)))];
      kinds.splice(at, 0, { type: "edited", fields });
    }
    if (restoredOnce) kinds.splice(int(1, kinds.length), 0, { type: "archived" }, { type: "restored" });
    if (archived) kinds.push({ type: "archived" });

    // Finished cases are spread over two years; open ones started in the last weeks.
    const closed = status === "done" || status === "recovered";
    const created = closed
      ? midnight - int(40, 720) * DAY + int(8, 19) * HOUR + int(0, 3599) * 1000
      : midnight - int(1, 25) * DAY + int(8, 19) * HOUR + int(0, 3599) * 1000;
    const gap = closed ? 36 * HOUR : 6 * HOUR;
    let at = created;
    let prev = ""; // domain::audit::GENESIS
    const timeline = kinds.map((kind, i) => {
      if (i > 0) at += int(5 * 60, gap / 1000) * 1000;
      const event = { at: iso(at), kind };
      // The hash chain of domain::audit::link_hash: SHA-256 over the previous hash, "\n" and
      // the event's canonical JSON ({at, kind}, field order as serde writes it).
      prev = createHash("sha256").update(`${prev}\n${JSON.stringify(event)}`).digest("hex");
      return { ...event, hash: prev };
    });
    const startMs = created + int(0, 2) * DAY;
    const days = int(3, 30);
    const hardMs = startMs + (Math.round(days * 1.4) + int(0, 5)) * DAY;

    const [city, region] = pick(CITIES);
    const catalog = rnd() < 0.85;
    const [serviceKey, serviceName] = catalog ? pick(SERVICES) : [null, pick(FREE_SERVICES)];
    const [urgency, reasons] = pick(URGENCY);
    const staff = [...STAFF];
    for (let i = staff.length - 1; i > 0; i--) {
      const j = int(0, i);
      [staff[i], staff[j]] = [staff[j], staff[i]];
    }
    const [pm, ex1, ex2, logistics] = staff;
    const notes = rnd() < 0.4
      ? ""
      : Array.from({ length: int(1, 4) }, () => pick(NOTE_PARTS)).join("");
    cases.push({
      id: uuidV7(created, rnd),
      created_at: iso(created),
      updated_at: iso(at),
      rev: timeline.length,
      deleted: archived,
      client: {
        company_name: `${city}${pick(NAMES)}${pick(TRADES)}有限公司`,
        credit_code: rnd() < 0.9 ? creditCode(rnd, region) : "",
        legal_rep: person(),
        contact_name: person(),
        contact_phone: `1${pick("35789")}${String(int(0, 999_999_999)).padStart(9, "0")}`,
      },
      service_key: serviceKey,
      service_name: serviceName,
      urgency,
      urgency_note: rnd() < 0.8 ? pick(reasons) : "",
      hard_date: date(hardMs),
      start_date: date(startMs),
      promised_working_days: days,
      status,
      team: { pm, executors: [ex1, ex2], logistics: rnd() < 0.85 ? logistics : "" },
      notes,
      events: timeline,
    });
  }
  return cases;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] || 2000);
  process.stdout.write(JSON.stringify(generateCases(n), null, 2) + "\n");
}
