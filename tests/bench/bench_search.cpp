// bench_search: full-text search latency of Amanat, for docs/benchmarks.md (issue 4).
//
//   bench_search generate OUTDIR N [--seed S] [--plain-page-size P] [--plain-only]
//       Creates OUTDIR/enc.amanat (an encrypted library, Library::create) and OUTDIR/plain.db
//       (Database::openUnencrypted, same migration and starter tags) and fills both with the
//       same N generated documents through ItemRepository::create, setFields,
//       TagRepository::addToItem and ItemRepository::setText, 500 items per transaction.
//       Documents: about 2 KB of text each (1 to 3 pages), words drawn from a Zipf
//       distribution over a vocabulary per language (en, fr, de, ru, zh, ug), plus planted
//       terms with controlled document frequencies (see kPlanted). Prints the indexing
//       throughput of each database and writes OUTDIR/queries.tsv (class, query) and
//       OUTDIR/corpus.txt (what was generated). Database::openUnencrypted leaves SQLite's
//       default page size (4096) while libraries use Database::kPageSize (16384), so by
//       default the unencrypted database is switched to the library's page size before its
//       schema is created, and the comparison shows the cost of encryption alone;
//       --plain-page-size P sets another size, 0 keeps openUnencrypted's. --plain-only makes
//       only plain.db (the same documents, for the same N and seed).
//   bench_search query enc|plain PATH QUERIES-FILE [--repeat R] [--samples FILE]
//       Runs every query (one a line) through SearchEngine::search(query, 20) in this
//       process: one warm-up round over all queries, then R rounds (default 20), round-robin
//       like the CLI fed the file repeated. Prints per query: total, p50, p95, mean, min,
//       max wall ms and p50, p95 thread CPU ms (nearest-rank percentiles). --samples writes
//       every timed run (query, wall ms, CPU ms).
//       enc opens the library with the benchmark passphrase (Library::open, read access);
//       plain opens the database with Database::openUnencrypted.
//   bench_search profile enc|plain PATH QUERIES-FILE [--repeat R] [--plans]
//       Splits each query's time into the steps SearchEngine::search performs, by running
//       the same SQL piece by piece (see profile()); prints the median thread CPU time of
//       each piece, then of alternative statements (not what the engine runs) behind the
//       suggestions in docs/benchmarks.md. --plans also prints SQLite's EXPLAIN QUERY PLAN
//       of the main and tag-facet statements.
//   bench_search update-split PLAIN-DB K
//       Indexing diagnosis on a generated unencrypted database: times the pieces of
//       setFields/setText (get, custody append, index update with and without a savepoint)
//       for K existing items, inside one transaction that is rolled back.
//   query and profile take --cache-mib M to try another SQLite page cache size than the
//   library's 32 MiB (diagnosis only; the reported figures use the library's setting).
//
// The passphrase is kPassphrase below (benchmark only); run_search_bench.sh passes it to
// amanat-cli through AMANAT_PASSPHRASE.

#include "crypto/SecureBuffer.h"
#include "db/Database.h"
#include "db/Schema.h"
#include "custody/CustodyLog.h"
#include "repository/DefaultTags.h"
#include "repository/ItemRepository.h"
#include "library/Library.h"
#include "repository/TagRepository.h"
#include "search/SearchEngine.h"
#include "search/SearchIndex.h"
#include "search/SearchQuery.h"
#include "search/SnippetBuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <iterator>
#include <memory>
#include <string>
#include <ctime>
#include <cstdlib>
#include <cstring>
#include <vector>

using namespace amanat;

namespace {

constexpr const char kPassphrase[] = "correct horse battery staple, search benchmark only";
constexpr const char kProgram[] = "bench_search";
constexpr int kBatch = 500;
constexpr int kLimit = 20;

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/** CPU time of this thread: unlike wall time, not inflated when other processes compete
 *  for the two cores. */
double threadCpuMs()
{
    timespec t{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double loadAverage()
{
    double load[1] = {0};
    return ::getloadavg(load, 1) == 1 ? load[0] : -1;
}

void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    std::fprintf(stdout, "%s\n", bytes.constData());
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_search: %s\n", message.toUtf8().constData());
    return 1;
}

SecureBuffer passphrase()
{
    return SecureBuffer::fromBytes(kPassphrase, sizeof kPassphrase - 1);
}

/** splitmix64: small, fast and the same on every machine. */
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /** Uniform in [0, 1). */
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    /** Uniform in [low, high]. */
    int between(int low, int high) { return low + int(next() % std::uint64_t(high - low + 1)); }
    /** An index drawn with the given (unnormalised) weights. */
    int weighted(const std::vector<double> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double u = uniform() * total;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (u < weights[i])
                return int(i);
            u -= weights[i];
        }
        return int(weights.size()) - 1;
    }

private:
    std::uint64_t m_state;
};

// ---------------------------------------------------------------------------------------------
// Vocabularies: frequent real words first (roughly in frequency order), then a long tail of
// pronounceable synthetic words, drawn with Zipf's law (weight 1 / rank).

const char *const kEnglish[] = {
    "the",        "of",           "and",         "to",          "in",        "a",
    "was",        "that",         "he",          "they",        "were",      "for",
    "on",         "is",           "with",        "as",          "by",        "at",
    "from",       "his",          "it",          "not",         "be",        "had",
    "this",       "are",          "their",       "have",        "which",     "an",
    "but",        "or",           "we",          "she",         "her",       "been",
    "who",        "all",          "one",         "there",       "would",     "also",
    "after",      "into",         "them",        "more",        "when",      "other",
    "said",       "people",       "two",         "time",        "family",    "years",
    "village",    "officials",    "government",  "authorities", "local",     "county",
    "region",     "prison",       "told",        "interview",   "witness",   "women",
    "men",        "children",     "held",        "released",    "arrested",  "security",
    "school",     "work",         "forced",      "labour",      "father",    "mother",
    "brother",    "sister",       "son",         "daughter",    "wife",      "husband",
    "neighbours", "mosque",       "religious",   "prayer",      "passport",  "phone",
    "checkpoint", "surveillance", "cameras",     "records",     "document",  "documents",
    "report",     "reports",      "according",   "between",     "during",    "without",
    "because",    "before",       "until",       "about",       "against",   "under",
    "where",      "those",        "these",       "some",        "many",      "several",
    "every",      "each",         "first",       "last",        "three",     "four",
    "months",     "days",         "weeks",       "year",        "night",     "morning",
    "later",      "again",        "never",       "still",       "only",      "even",
    "could",      "should",       "did",         "does",        "no",        "if",
    "so",         "than",         "then",        "what",        "how",       "why",
    "any",        "most",         "such",        "very",        "official",  "committee",
    "party",      "state",        "public",      "court",       "sentence",  "sentenced",
    "charges",    "trial",        "lawyer",      "relatives",   "contact",   "lost",
    "missing",    "disappeared",  "abroad",      "kazakhstan",  "turkey",    "returned",
    "travel",     "study",        "students",    "teacher",     "farmers",   "workers",
    "factory",    "cotton",       "fields",      "transferred", "programme", "policy",
    "political",  "education",    "training",    "centre",      "facility",  "facilities",
    "guards",     "cell",         "cells",       "beaten",      "tortured",  "medical",
    "health",     "died",         "death",       "body",        "burial",    "evidence",
    "satellite",  "images",       "leaked",      "files",       "list",      "names",
    "number",     "numbers",      "data",        "database",    "identity",  "card",
    "cards",      "dna",          "blood",       "samples",     "biometric", "collection",
    "collected",  "ordered",      "order",       "orders",      "notice",    "meeting",
    "meetings",   "study",        "sessions",    "language",    "uyghur",    "kazakh",
    "chinese",    "mandarin",     "culture",     "tradition",   "wedding",   "funeral",
    "beard",      "headscarf",    "quran",       "fasting",     "ramadan",   "extremism",
    "terrorism",  "stability",    "maintenance", "campaign",    "strike",    "hard",
    "urumqi",     "kashgar",      "hotan",       "aksu",        "ghulja",    "turpan",
    "korla",      "karamay",      "house",       "home",        "homes",     "street",
    "city",       "town",         "township",    "district",    "station",   "office",
    "bureau",     "cadre",        "cadres",      "visit",       "visits",    "stay",
    "stayed",     "lived",        "living",      "left",        "went",      "came",
    "saw",        "heard",        "knew",        "asked",       "answered",  "wrote",
    "signed",     "photograph",   "photographs", "video",       "audio",     "recording",
    "account",    "accounts",
};

const char *const kFrench[] = {
    "le",
    "la",
    "de",
    "et",
    "les",
    "des",
    "à",
    "en",
    "un",
    "une",
    "du",
    "que",
    "qui",
    "dans",
    "pour",
    "par",
    "sur",
    "pas",
    "il",
    "elle",
    "ils",
    "ont",
    "été",
    "était",
    "avec",
    "au",
    "aux",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "après",
    "où",
    "très",
    "témoin",
    "témoignage",
    "arrêté",
    "arrêtée",
    "gouvernement",
    "autorités",
    "famille",
    "région",
    "prison",
    "école",
    "travail",
    "forcé",
    "enfants",
    "femmes",
    "hommes",
    "libéré",
    "interrogé",
    "sécurité",
    "déclaré",
    "années",
    "père",
    "mère",
    "frère",
    "sœur",
    "village",
    "préfecture",
    "août",
    "février",
    "décembre",
    "église",
    "mosquée",
    "prière",
    "passeport",
    "téléphone",
    "contrôle",
    "caméras",
    "dossiers",
    "rapport",
    "selon",
    "pendant",
    "sans",
    "parce",
    "avant",
    "jusqu",
    "contre",
    "sous",
    "ces",
    "plusieurs",
    "chaque",
    "premier",
    "dernière",
    "trois",
    "mois",
    "jours",
    "semaines",
    "nuit",
    "matin",
    "plus",
    "tard",
    "encore",
    "jamais",
    "toujours",
    "seulement",
    "même",
    "pourrait",
    "fonctionnaires",
    "comité",
    "parti",
    "état",
    "tribunal",
    "condamné",
    "procès",
    "avocat",
    "proches",
    "disparu",
    "disparue",
    "étranger",
    "retourné",
    "étudiants",
    "professeur",
    "agriculteurs",
    "ouvriers",
    "usine",
    "coton",
    "politique",
    "éducation",
    "formation",
    "centre",
    "gardiens",
    "cellule",
    "battu",
    "torturé",
    "médical",
    "santé",
    "décédé",
    "preuves",
    "données",
    "identité",
    "échantillons",
    "réunion",
    "langue",
    "ouïghour",
    "culture",
    "mariage",
    "funérailles",
    "barbe",
    "foulard",
    "jeûne",
    "extrémisme",
    "stabilité",
    "campagne",
    "maison",
    "rue",
    "ville",
    "district",
    "bureau",
    "cadre",
    "visite",
    "vécu",
    "vu",
    "entendu",
    "demandé",
    "répondu",
    "écrit",
    "signé",
    "reçu",
    "à",
    "ça",
    "là",
};

const char *const kGerman[] = {
    "der",
    "die",
    "und",
    "in",
    "den",
    "von",
    "zu",
    "das",
    "mit",
    "sich",
    "des",
    "auf",
    "für",
    "ist",
    "im",
    "dem",
    "nicht",
    "ein",
    "eine",
    "als",
    "auch",
    "es",
    "an",
    "werden",
    "aus",
    "er",
    "hat",
    "dass",
    "sie",
    "nach",
    "wird",
    "bei",
    "einer",
    "um",
    "am",
    "sind",
    "noch",
    "wie",
    "einem",
    "über",
    "einen",
    "so",
    "zum",
    "war",
    "haben",
    "nur",
    "oder",
    "aber",
    "vor",
    "zur",
    "bis",
    "mehr",
    "durch",
    "man",
    "wurde",
    "wurden",
    "Familie",
    "Behörden",
    "Gefängnis",
    "Zeuge",
    "Zeugin",
    "Aussage",
    "Lager",
    "Umerziehung",
    "Häftlinge",
    "Kinder",
    "Frauen",
    "Männer",
    "Regierung",
    "Sicherheit",
    "Arbeit",
    "Zwangsarbeit",
    "Schule",
    "Dorf",
    "Jahre",
    "verhaftet",
    "freigelassen",
    "gezwungen",
    "Überwachung",
    "Straße",
    "müssen",
    "würde",
    "können",
    "Vater",
    "Mutter",
    "Bruder",
    "Schwester",
    "Moschee",
    "Gebet",
    "Reisepass",
    "Telefon",
    "Kontrollpunkt",
    "Kameras",
    "Akten",
    "Bericht",
    "während",
    "ohne",
    "weil",
    "gegen",
    "unter",
    "mehrere",
    "jeder",
    "drei",
    "Monate",
    "Tage",
    "Wochen",
    "Nacht",
    "Morgen",
    "später",
    "wieder",
    "niemals",
    "immer",
    "Beamte",
    "Partei",
    "Staat",
    "Gericht",
    "verurteilt",
    "Prozess",
    "Anwalt",
    "Angehörige",
    "verschwunden",
    "Ausland",
    "zurückgekehrt",
    "Studenten",
    "Lehrer",
    "Bauern",
    "Arbeiter",
    "Fabrik",
    "Baumwolle",
    "Politik",
    "Bildung",
    "Wärter",
    "Zelle",
    "geschlagen",
    "gefoltert",
    "Gesundheit",
    "gestorben",
    "Beweise",
    "Daten",
    "Identität",
    "Proben",
    "Sitzung",
    "Sprache",
    "uigurisch",
    "Kultur",
    "Hochzeit",
    "Beerdigung",
    "Bart",
    "Kopftuch",
    "Fasten",
    "Extremismus",
    "Stabilität",
    "Kampagne",
    "Haus",
    "Stadt",
    "Bezirk",
    "Büro",
    "Besuch",
    "gelebt",
    "gesehen",
    "gehört",
    "gefragt",
    "geantwortet",
    "geschrieben",
    "unterschrieben",
    "Größe",
    "schließlich",
    "Grüße",
};

const char *const kRussian[] = {
    "и",         "в",          "не",          "на",           "что",
    "с",         "он",         "по",          "как",          "а",
    "к",         "из",         "у",           "за",           "от",
    "о",         "же",         "для",         "они",          "было",
    "это",       "но",         "был",         "его",          "её",
    "их",        "были",       "так",         "все",          "после",
    "когда",     "только",     "уже",         "лагерь",       "лагере",
    "семья",     "семьи",      "власти",      "полиция",      "полиции",
    "свидетель", "показания",  "задержан",    "задержали",    "тюрьма",
    "тюрьме",    "дети",       "женщины",     "мужчины",      "правительство",
    "работа",    "работы",     "школа",       "деревня",      "годы",
    "лет",       "освобождён", "допрос",      "допроса",      "наблюдение",
    "Синьцзян",  "Урумчи",     "Кашгар",      "отец",         "мать",
    "брат",      "сестра",     "мечеть",      "молитва",      "паспорт",
    "телефон",   "камеры",     "документы",   "доклад",       "согласно",
    "во",        "время",      "без",         "потому",       "до",
    "против",    "под",        "где",         "эти",          "несколько",
    "каждый",    "три",        "месяцев",     "дней",         "недель",
    "ночью",     "утром",      "позже",       "снова",        "никогда",
    "всё",       "ещё",        "чиновники",   "партия",       "государство",
    "суд",       "приговор",   "приговорён",  "адвокат",      "родственники",
    "пропал",    "исчез",      "за",          "границей",     "вернулся",
    "студенты",  "учитель",    "крестьяне",   "рабочие",      "фабрика",
    "хлопок",    "политика",   "образование", "охранники",    "камера",
    "избит",     "пытки",      "здоровье",    "умер",         "доказательства",
    "данные",    "личность",   "образцы",     "собрание",     "язык",
    "уйгурский", "культура",   "свадьба",     "похороны",     "борода",
    "платок",    "пост",       "экстремизм",  "стабильность", "кампания",
    "дом",       "улица",      "город",       "район",        "бюро",
    "визит",     "жил",        "видел",       "слышал",       "спросил",
    "ответил",   "написал",    "подписал",
};

const char *const kChinese[] = {
    "的",       "了",     "在",       "是",   "我",   "他",   "们",     "有",     "和",
    "不",       "这",     "人",       "被",   "到",   "说",   "也",     "就",     "都",
    "要",       "一个",   "没有",     "我们", "他们", "因为", "所以",   "政府",   "警察",
    "家人",     "孩子",   "学校",     "工作", "关押", "释放", "审讯",   "证人",   "证词",
    "新疆",     "维吾尔", "乌鲁木齐", "喀什", "和田", "监狱", "逮捕",   "强迫",   "劳动",
    "监控",     "宗教",   "清真寺",   "教育", "培训", "中心", "中国",   "时候",   "已经",
    "知道",     "村子",   "地方",     "官员", "问题", "邻居", "父亲",   "母亲",   "兄弟",
    "姐妹",     "年",     "月",       "日",   "里",   "去",   "来",     "后来",   "一起",
    "还",       "对",     "从",       "把",   "给",   "让",   "会",     "可以",   "什么",
    "怎么",     "为什么", "那",       "时间", "手机", "护照", "检查站", "摄像头", "档案",
    "报告",     "根据",   "期间",     "之前", "之后", "反对", "几个",   "每个",   "三",
    "个",       "星期",   "晚上",     "早上", "再",   "从来", "一直",   "只",     "干部",
    "党",       "国家",   "法院",     "判刑", "律师", "亲戚", "失踪",   "国外",   "哈萨克斯坦",
    "土耳其",   "回国",   "学生",     "老师", "农民", "工人", "工厂",   "棉花",   "政治",
    "看守",     "房间",   "殴打",     "酷刑", "健康", "死亡", "证据",   "数据",   "身份证",
    "样本",     "会议",   "语言",     "文化", "婚礼", "葬礼", "胡子",   "头巾",   "斋月",
    "极端主义", "稳定",   "运动",     "房子", "街道", "城市", "县",     "局",     "访问",
    "住",       "看见",   "听说",     "问",   "回答", "写",   "签字",   "集体",   "营地",
};

const char *const kUyghur[] = {
    "ۋە",          "بىلەن",     "بۇ",         "ئۇ",        "بىر",      "دەپ",      "ئۈچۈن",
    "ھەم",         "بولۇپ",     "بولغان",     "ئىدى",      "قىلىپ",    "قىلغان",   "كېيىن",
    "ئۇلار",       "بار",       "يوق",        "ئەمما",     "كۆپ",      "ناھايىتى", "ھۆكۈمەت",
    "ساقچى",       "تۈرمە",     "ئائىلە",     "بالىلار",   "ئاياللار", "ئەرلەر",   "مەكتەپ",
    "ئەمگەك",      "قولغا",     "ئېلىندى",    "قويۇپ",     "بېرىلدى",  "گۇۋاھچى",  "گۇۋاھلىق",
    "ئۈرۈمچى",     "قەشقەر",    "خوتەن",      "ئاقسۇ",     "يېزا",     "يىل",      "ئاي",
    "كۈن",         "دادام",     "ئاپام",      "ئاكام",     "سىڭلىم",   "سوراق",    "نازارەت",
    "دىن",         "مەسچىت",    "تەربىيە",    "مەركىزى",   "ئۆي",      "كوچا",     "شەھەر",
    "ناھىيە",      "كادىر",     "پاسپورت",    "تېلېفون",   "ھۆججەت",   "دوكلات",   "ۋاقىت",
    "كېچە",        "ئەتىگەن",   "يەنە",       "ھەرگىز",    "داۋاملىق", "پەقەت",    "پارتىيە",
    "دۆلەت",       "سوت",       "ئادۋوكات",   "تۇغقانلار", "يوقاپ",    "چەتئەل",   "قايتىپ",
    "ئوقۇغۇچىلار", "ئوقۇتقۇچى", "دېھقانلار",  "ئىشچىلار",  "زاۋۇت",    "پاختا",    "سىياسىي",
    "ساقچىلار",    "ئۇرۇلدى",   "قىيناش",     "ساغلاملىق", "ئۆلدى",    "ئىسپات",   "سانلىق",
    "كىملىك",      "يىغىن",     "تىل",        "مەدەنىيەت", "توي",      "نەزىر",    "ساقال",
    "ياغلىق",      "روزا",      "ئەسەبىيلىك", "مۇقىملىق",  "ھەرىكەت",  "كۆردۈم",   "ئاڭلىدىم",
    "سورىدى",      "جاۋاب",     "يازدى",      "ئىمزا",
};

// Common characters for the tail of synthetic two-character Chinese words.
const char kChineseChars[] =
    "人大中国年时上地个们来到生子出家学工发成方分动后作面同行部自多实关理本心样现经"
    "开水明民主长政力然外新事活法公意表机道电高问产所文重情定好金体口起常进军安社"
    "全点正期门手提无白变加合通知间结解头组路报利城市农科小设外系记车任务前物光较"
    "育比制件品办位声员林村校区县乡警局审判狱劳改训营集押捕禁监控信教族维吾尔哈萨";

enum class Script
{
    Latin,
    Cyrillic,
    Han,
    Arabic
};

struct Language
{
    const char *code;
    Script script;
    double share; ///< of the documents
    std::vector<std::string> words;
    std::vector<int> bytes; ///< UTF-8 size of each word
    std::vector<double> cdf;
    int vocabulary = 0;
};

/** Splits a UTF-8 string into code points (as UTF-8 strings). */
std::vector<std::string> utf8Chars(const char *text)
{
    std::vector<std::string> out;
    for (const char *p = text; *p;) {
        int length = 1;
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c >= 0xF0)
            length = 4;
        else if (c >= 0xE0)
            length = 3;
        else if (c >= 0xC0)
            length = 2;
        out.emplace_back(p, std::size_t(length));
        p += length;
    }
    return out;
}

std::string syntheticWord(Random &random, Script script, const char *code)
{
    static const auto latinC = utf8Chars("bcdfghklmnprstvwz");
    static const auto latinV = utf8Chars("aeiouaeioy");
    static const auto frenchV = utf8Chars("aeiouéèàêîôûaeioué");
    static const auto germanC = utf8Chars("bdfghklmnprstwzß");
    static const auto germanV = utf8Chars("aeiouäöüaei");
    static const auto cyrC = utf8Chars("бвгдзклмнпрстфхцчшщ");
    static const auto cyrV = utf8Chars("аеиоуыэюяё");
    static const auto arabC = utf8Chars("بپتجچخدرزسشغفقكگڭلمنھۋي");
    static const auto arabV = utf8Chars("اەوۇۆۈېى");
    static const auto han = utf8Chars(kChineseChars);
    std::string word;
    if (script == Script::Han) {
        const int n = random.uniform() < 0.7 ? 2 : (random.uniform() < 0.5 ? 1 : 3);
        for (int i = 0; i < n; ++i)
            word += han[random.next() % han.size()];
        return word;
    }
    const std::vector<std::string> *consonants = &latinC;
    const std::vector<std::string> *vowels = &latinV;
    if (script == Script::Cyrillic) {
        consonants = &cyrC;
        vowels = &cyrV;
    } else if (script == Script::Arabic) {
        consonants = &arabC;
        vowels = &arabV;
    } else if (std::string(code) == "fr") {
        vowels = &frenchV;
    } else if (std::string(code) == "de") {
        consonants = &germanC;
        vowels = &germanV;
    }
    if (script == Script::Arabic && random.uniform() < 0.3)
        word += "ئ"; // a word starting with a vowel carries hamza
    const int syllables = random.between(2, 4);
    for (int i = 0; i < syllables; ++i) {
        word += (*consonants)[random.next() % consonants->size()];
        word += (*vowels)[random.next() % vowels->size()];
        if (random.uniform() < 0.3)
            word += (*consonants)[random.next() % consonants->size()];
    }
    return word;
}

/** Planted terms: each goes into an exact number of documents (selection sampling), 1-3
 *  times per document, sometimes also into the title. None of them occurs in the
 *  vocabularies (except CJK characters, which the Chinese text uses singly). */
struct Planted
{
    const char *text; ///< one word or a phrase
    double fraction;  ///< of the documents, when count is 0
    int count;        ///< exact number of documents, when not 0
};

const Planted kPlanted[] = {
    {"qaraqash", 0, 10},    {"reeducation", 0.01, 0},   {"détenus", 0.01, 0},
    {"لاگېر", 0.01, 0},     {"集中营", 0.01, 0},        {"shoot to kill", 0.01, 0},
    {"shoot", 0.02, 0},     {"kill", 0.04, 0},          {"transfer", 0.05, 0},
    {"detention", 0.10, 0}, {"interrogation", 0.10, 0}, {"camp", 0.15, 0},
    {"police", 0.20, 0},    {"xinjiang", 0.95, 0},
};
constexpr int kPlantedCount = int(sizeof kPlanted / sizeof kPlanted[0]);

/** The queries run_search_bench.sh measures, by class. */
const char *const kQueries[][2] = {
    {"one-word ~10", "qaraqash"},
    {"one-word ~1k", "reeducation"},
    {"one-word ~1k", "detenus"},
    {"one-word ~1k", "لاگېر"},
    {"one-word ~10k", "detention"},
    {"one-word ~10k", "interrogation"},
    {"three-word", "police detention camp"},
    {"three-word", "xinjiang police transfer"},
    {"three-word", "reeducation interrogation camp"},
    {"phrase", "\"shoot to kill\""},
    {"phrase", "集中营"},
    {"phrase", "\"forced labour\""},
    {"filtered", "detention tag:Xinjiang after:2017 kind:report"},
    {"filtered", "camp \"shoot to kill\" tag:Xinjiang/Police-files after:2017"},
    {"filtered", "reeducation lang:ug"},
    {"filtered", "tag:Xinjiang after:2017 kind:report"},
    {"nearly all", "xinjiang"},
};

struct TagChoice
{
    const char *path;
    double weight;
};

const TagChoice kTags[] = {
    {"Xinjiang/Police-files", 15},
    {"Xinjiang/Camps", 15},
    {"Xinjiang/Testimonies", 10},
    {"Violations/Detention", 20},
    {"Violations/Torture and ill-treatment", 8},
    {"Violations/Forced labour", 8},
    {"Violations/Enforced disappearance", 6},
    {"Violations/Family separation", 5},
    {"Countries/China", 20},
    {"Countries/Kazakhstan", 4},
    {"Document types/Police file", 5},
    {"Document types/NGO report", 5},
    {"Document types/Media report", 5},
};

const char *const kPlaces[] = {"Ürümqi", "Kashgar", "Hotan",  "Ghulja",   "Aksu",
                               "Turpan", "Korla",   "Almaty", "Istanbul", "Karamay"};
const char *const kAuthors[] = {"Field team A",   "Field team B", "Researcher 3",  "Researcher 7",
                                "Archive intake", "Partner NGO",  "Court monitor", ""};

struct Doc
{
    QString kind;
    QString title;
    QMap<QString, QString> fields;
    QStringList tags;
    QStringList pages;
    qint64 textBytes = 0; ///< UTF-8 bytes of the pages
};

class Generator
{
public:
    Generator(int n, std::uint64_t seed) : m_n(n), m_random(seed)
    {
        m_languages = {{"en", Script::Latin, 0.55, {}, {}, {}, 40000},
                       {"fr", Script::Latin, 0.10, {}, {}, {}, 15000},
                       {"de", Script::Latin, 0.08, {}, {}, {}, 15000},
                       {"ru", Script::Cyrillic, 0.09, {}, {}, {}, 15000},
                       {"zh", Script::Han, 0.10, {}, {}, {}, 15000},
                       {"ug", Script::Arabic, 0.08, {}, {}, {}, 15000}};
        // Single planted words stay out of the vocabularies; the words of a planted phrase
        // ("to") may occur anywhere.
        QSet<QString> planted;
        for (const Planted &p : kPlanted)
            if (!QString::fromUtf8(p.text).contains(QLatin1Char(' ')))
                planted.insert(QString::fromUtf8(p.text).toLower());
        fill(m_languages[0], std::begin(kEnglish), std::end(kEnglish), planted);
        fill(m_languages[1], std::begin(kFrench), std::end(kFrench), planted);
        fill(m_languages[2], std::begin(kGerman), std::end(kGerman), planted);
        fill(m_languages[3], std::begin(kRussian), std::end(kRussian), planted);
        fill(m_languages[4], std::begin(kChinese), std::end(kChinese), planted);
        fill(m_languages[5], std::begin(kUyghur), std::end(kUyghur), planted);
        for (const Planted &p : kPlanted)
            m_remaining.push_back(p.count > 0 ? std::min(p.count, n)
                                              : int(std::lround(p.fraction * n)));
        m_plantedDocs.assign(kPlantedCount, 0);
        for (const TagChoice &tag : kTags)
            m_tagWeights.push_back(tag.weight);
    }

    Doc next()
    {
        Doc doc;
        std::vector<double> shares;
        for (const Language &l : m_languages)
            shares.push_back(l.share);
        Language &lang = m_languages[std::size_t(m_random.weighted(shares))];
        ++m_languageDocs[QString::fromLatin1(lang.code)];

        // Body: sentences of Zipf-distributed words, about 1.5-2.6 KB of UTF-8.
        const int target = m_random.between(1500, 2600);
        std::vector<std::vector<std::string>> sentences;
        int bytes = 0;
        while (bytes < target) {
            std::vector<std::string> sentence;
            const int length = m_random.between(6, 22);
            for (int i = 0; i < length; ++i) {
                const int rank = zipf(lang);
                sentence.push_back(lang.words[std::size_t(rank)]);
                bytes += lang.bytes[std::size_t(rank)] + (lang.script == Script::Han ? 0 : 1);
            }
            sentences.push_back(std::move(sentence));
        }
        std::vector<std::string> titleWords;
        const int titleLength = m_random.between(3, 7);
        while (int(titleWords.size()) < titleLength) {
            const int rank = zipf(lang);
            if (rank >= 40) // content words, not "the"
                titleWords.push_back(lang.words[std::size_t(rank)]);
        }

        // Planted terms, selection sampling: exactly the wanted number of documents.
        const int left = m_n - m_index;
        for (int t = 0; t < kPlantedCount; ++t) {
            if (m_random.uniform() * left >= m_remaining[std::size_t(t)])
                continue;
            --m_remaining[std::size_t(t)];
            ++m_plantedDocs[std::size_t(t)];
            const int times = m_random.between(1, 3);
            for (int k = 0; k < times; ++k) {
                auto &sentence = sentences[m_random.next() % sentences.size()];
                const std::size_t at = m_random.next() % (sentence.size() + 1);
                std::vector<std::string> words;
                for (const QString &w : QString::fromUtf8(kPlanted[t].text).split(QLatin1Char(' ')))
                    words.push_back(w.toStdString());
                sentence.insert(sentence.begin() + std::ptrdiff_t(at), words.begin(), words.end());
            }
            if (m_random.uniform() < 0.1)
                titleWords.insert(titleWords.begin() +
                                      std::ptrdiff_t(m_random.next() % titleWords.size()),
                                  std::string(kPlanted[t].text));
        }

        // Pages: 1 to 3, split at sentence boundaries.
        const int pageCount = std::min(int(sentences.size()), 1 + m_random.weighted({50, 30, 20}));
        for (int p = 0; p < pageCount; ++p) {
            const std::size_t from = sentences.size() * std::size_t(p) / std::size_t(pageCount);
            const std::size_t to = sentences.size() * std::size_t(p + 1) / std::size_t(pageCount);
            QStringList rendered;
            for (std::size_t s = from; s < to; ++s)
                rendered << render(lang, sentences[s]);
            const QString page =
                rendered.join(lang.script == Script::Han ? QString() : QStringLiteral(" "));
            doc.textBytes += page.toUtf8().size();
            doc.pages << page;
        }
        doc.title = render(lang, titleWords, false);

        std::vector<std::string> description;
        const int descriptionLength = m_random.between(8, 16);
        for (int i = 0; i < descriptionLength; ++i)
            description.push_back(lang.words[std::size_t(zipf(lang))]);

        static const char *const kinds[] = {"document", "report", "scan", "testimony",
                                            "image",    "video",  "audio"};
        doc.kind = QString::fromLatin1(kinds[m_random.weighted({30, 20, 20, 15, 5, 5, 5})]);
        ++m_kindDocs[doc.kind];

        doc.fields.insert(QStringLiteral("language"), QString::fromLatin1(lang.code));
        doc.fields.insert(QStringLiteral("description"), render(lang, description));
        doc.fields.insert(QStringLiteral("place"),
                          QString::fromUtf8(kPlaces[m_random.next() % std::size(kPlaces)]));
        const QString author = QString::fromUtf8(kAuthors[m_random.next() % std::size(kAuthors)]);
        if (!author.isEmpty())
            doc.fields.insert(QStringLiteral("source_author"), author);
        doc.fields.insert(QStringLiteral("event_date"), eventDate());

        const int tagCount = 1 + m_random.weighted({50, 35, 15});
        while (doc.tags.size() < tagCount) {
            const QString path = QString::fromUtf8(kTags[m_random.weighted(m_tagWeights)].path);
            if (!doc.tags.contains(path))
                doc.tags << path;
        }
        for (const QString &tag : doc.tags)
            ++m_tagDocs[tag];
        ++m_index;
        return doc;
    }

    QString describe() const
    {
        QStringList lines;
        lines << QStringLiteral("documents: %1").arg(m_index);
        for (const Language &l : m_languages)
            lines << QStringLiteral("language %1: %2 documents, vocabulary %3 words")
                         .arg(QString::fromLatin1(l.code))
                         .arg(m_languageDocs.value(QString::fromLatin1(l.code)))
                         .arg(l.words.size());
        for (auto it = m_kindDocs.constBegin(); it != m_kindDocs.constEnd(); ++it)
            lines << QStringLiteral("kind %1: %2").arg(it.key()).arg(it.value());
        for (auto it = m_tagDocs.constBegin(); it != m_tagDocs.constEnd(); ++it)
            lines << QStringLiteral("tag %1: %2").arg(it.key()).arg(it.value());
        for (int t = 0; t < kPlantedCount; ++t)
            lines << QStringLiteral("planted \"%1\": %2 documents")
                         .arg(QString::fromUtf8(kPlanted[t].text))
                         .arg(m_plantedDocs[std::size_t(t)]);
        return lines.join(QLatin1Char('\n'));
    }

private:
    template <typename It> void fill(Language &lang, It begin, It end, const QSet<QString> &planted)
    {
        QSet<QString> seen;
        for (It it = begin; it != end; ++it) {
            const QString word = QString::fromUtf8(*it);
            if (planted.contains(word.toLower()) || seen.contains(word.toLower()))
                continue;
            seen.insert(word.toLower());
            lang.words.emplace_back(*it);
        }
        Random random(0xC0FFEE ^ std::hash<std::string>()(lang.code));
        while (int(lang.words.size()) < lang.vocabulary) {
            const std::string word = syntheticWord(random, lang.script, lang.code);
            const QString folded = QString::fromStdString(word).toLower();
            if (planted.contains(folded) || seen.contains(folded))
                continue;
            seen.insert(folded);
            lang.words.push_back(word);
        }
        double total = 0;
        for (std::size_t r = 0; r < lang.words.size(); ++r) {
            total += 1.0 / double(r + 1);
            lang.cdf.push_back(total);
            lang.bytes.push_back(int(lang.words[r].size()));
        }
        for (double &c : lang.cdf)
            c /= total;
    }

    int zipf(const Language &lang)
    {
        const double u = m_random.uniform();
        const auto it = std::upper_bound(lang.cdf.begin(), lang.cdf.end(), u);
        return std::min(int(it - lang.cdf.begin()), int(lang.cdf.size()) - 1);
    }

    QString render(const Language &lang, const std::vector<std::string> &words,
                   bool sentence = true) const
    {
        QString out;
        bool previousAscii = false;
        for (std::size_t i = 0; i < words.size(); ++i) {
            const QString word = QString::fromStdString(words[i]);
            const bool ascii = word.at(0).unicode() < 0x80;
            if (i > 0 && (lang.script != Script::Han || ascii || previousAscii))
                out += QLatin1Char(' ');
            out += word;
            previousAscii = ascii;
        }
        if (!out.isEmpty() && lang.script != Script::Arabic && lang.script != Script::Han)
            out[0] = out.at(0).toUpper();
        if (sentence)
            out += lang.script == Script::Han ? QStringLiteral("。") : QStringLiteral(".");
        return out;
    }

    QString eventDate()
    {
        const int year = m_random.between(2005, 2024);
        const double kind = m_random.uniform();
        if (kind < 0.4)
            return QString::number(year);
        if (kind < 0.7)
            return QStringLiteral("%1-%2").arg(year).arg(m_random.between(1, 12), 2, 10,
                                                         QLatin1Char('0'));
        if (kind < 0.9)
            return QStringLiteral("%1-%2-%3")
                .arg(year)
                .arg(m_random.between(1, 12), 2, 10, QLatin1Char('0'))
                .arg(m_random.between(1, 28), 2, 10, QLatin1Char('0'));
        return QStringLiteral("%1/%2").arg(year).arg(std::min(2024, year + m_random.between(1, 3)));
    }

    int m_n;
    int m_index = 0;
    Random m_random;
    std::vector<Language> m_languages;
    std::vector<int> m_remaining;
    std::vector<int> m_plantedDocs;
    std::vector<double> m_tagWeights;
    QMap<QString, int> m_languageDocs;
    QMap<QString, int> m_kindDocs;
    QMap<QString, int> m_tagDocs;
};

// ---------------------------------------------------------------------------------------------
// Filling a database through the repositories.

struct Phases
{
    double create = 0;
    double fields = 0;
    double tags = 0;
    double text = 0;
    double commit = 0;
    double cpu = 0; ///< CPU ms of the whole insertion
    double total() const { return create + fields + tags + text + commit; }
};

struct Sink
{
    const char *name;
    Database *db;
    TagRepository *tags;
    ItemRepository *items;
    Phases phases;
};

Status insertBatch(Sink &sink, const QVector<Doc> &docs)
{
    const double cpuStart = threadCpuMs();
    struct CpuGuard
    {
        Sink &sink;
        double start;
        ~CpuGuard() { sink.phases.cpu += threadCpuMs() - start; }
    } guard{sink, cpuStart};
    auto start = Clock::now();
    auto transaction = Transaction::begin(*sink.db);
    if (!transaction.ok())
        return transaction.error();
    sink.phases.commit += msSince(start);
    for (const Doc &doc : docs) {
        start = Clock::now();
        auto id = sink.items->create(doc.kind, doc.title, QStringLiteral("create"));
        if (!id.ok())
            return id.error();
        sink.phases.create += msSince(start);
        start = Clock::now();
        AMANAT_TRY(sink.items->setFields(*id, doc.fields));
        sink.phases.fields += msSince(start);
        start = Clock::now();
        for (const QString &tag : doc.tags) {
            auto added = sink.tags->addToItem(*id, tag);
            if (!added.ok())
                return added.error();
        }
        sink.phases.tags += msSince(start);
        start = Clock::now();
        AMANAT_TRY(sink.items->setText(*id, doc.pages, doc.pages.size() > 1,
                                       QStringLiteral("extract_text")));
        sink.phases.text += msSince(start);
    }
    start = Clock::now();
    AMANAT_TRY(transaction->commit());
    sink.phases.commit += msSince(start);
    return {};
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

void reportSink(const Sink &sink, int n, qint64 textBytes, qint64 dbBytes, qint64 segments)
{
    const Phases &p = sink.phases;
    const double seconds = p.total() / 1000.0;
    say(QStringLiteral("%1.docs=%2").arg(QString::fromLatin1(sink.name)).arg(n));
    say(QStringLiteral("%1.seconds=%2")
            .arg(QString::fromLatin1(sink.name))
            .arg(seconds, 0, 'f', 2));
    say(QStringLiteral("%1.docs_per_s=%2")
            .arg(QString::fromLatin1(sink.name))
            .arg(n / seconds, 0, 'f', 0));
    say(QStringLiteral("%1.text_mb_per_s=%2")
            .arg(QString::fromLatin1(sink.name))
            .arg(double(textBytes) / 1e6 / seconds, 0, 'f', 2));
    say(QStringLiteral("%1.cpu_seconds=%2")
            .arg(QString::fromLatin1(sink.name))
            .arg(p.cpu / 1000, 0, 'f', 2));
    say(QStringLiteral("%1.cpu_docs_per_s=%2")
            .arg(QString::fromLatin1(sink.name))
            .arg(n / (p.cpu / 1000), 0, 'f', 0));
    say(QStringLiteral("%1.split_ms_per_doc=create %2, setFields %3, tags %4, setText %5, "
                       "begin+commit %6")
            .arg(QString::fromLatin1(sink.name))
            .arg(p.create / n, 0, 'f', 3)
            .arg(p.fields / n, 0, 'f', 3)
            .arg(p.tags / n, 0, 'f', 3)
            .arg(p.text / n, 0, 'f', 3)
            .arg(p.commit / n, 0, 'f', 3));
    say(QStringLiteral("%1.db_bytes=%2").arg(QString::fromLatin1(sink.name)).arg(dbBytes));
    say(QStringLiteral("%1.fts_segments=%2").arg(QString::fromLatin1(sink.name)).arg(segments));
}

int generate(const QString &outDir, int n, std::uint64_t seed, int plainPageSize, bool plainOnly)
{
    if (n < 1)
        return fail(QStringLiteral("N must be at least 1."));
    if (!QDir().mkpath(outDir))
        return fail(QStringLiteral("cannot create %1").arg(outDir));
    const QString encPath = outDir + QStringLiteral("/enc.amanat");
    const QString plainPath = outDir + QStringLiteral("/plain.db");
    if (QFileInfo::exists(encPath) || QFileInfo::exists(plainPath))
        return fail(QStringLiteral("%1 already holds a corpus; give a new folder.").arg(outDir));

    // (a) Encrypted library, the way `amanat-cli init` makes it.
    auto start = Clock::now();
    std::unique_ptr<Library> library;
    if (!plainOnly) {
        auto created = Library::create(encPath, passphrase(), QString::fromLatin1(kProgram),
                                       Library::StarterTags::Default);
        if (!created.ok())
            return fail(created.error().message);
        library = std::move(created->library);
        say(QStringLiteral("enc.create_library_s=%1").arg(msSince(start) / 1000.0, 0, 'f', 2));
        say(QStringLiteral("enc.page_size=%1").arg(Database::kPageSize));
    }

    // (b) Unencrypted database: same schema, same migration hook, same starter tags.
    auto opened = Database::openUnencrypted(plainPath, Database::Mode::Create);
    if (!opened.ok())
        return fail(opened.error().message);
    Database plain = std::move(*opened);
    if (plainPageSize > 0) {
        // openUnencrypted leaves SQLite's default page size; match the library's instead.
        // The database is still empty, so leaving WAL, setting the size and VACUUM apply it.
        const QByteArray setSize =
            QByteArray("PRAGMA page_size = ") + QByteArray::number(plainPageSize);
        const QList<QByteArray> steps{QByteArray("PRAGMA journal_mode = DELETE"), setSize,
                                      QByteArray("VACUUM"),
                                      QByteArray("PRAGMA journal_mode = WAL")};
        for (const QByteArray &sql : steps) {
            auto status = plain.exec(sql.constData());
            if (!status.ok())
                return fail(status.error().message);
        }
    }
    auto pageSize = plain.scalar("PRAGMA page_size");
    say(QStringLiteral("plain.page_size=%1").arg(pageSize.ok() ? *pageSize : -1));
    auto migrated = Schema::migrate(plain, Schema::kCurrentVersion, [](Database &d, int v) {
        return v == 2 ? SearchIndex(d).rebuild() : Status();
    });
    if (!migrated.ok())
        return fail(migrated.error().message);
    const SecureBuffer headKey = SecureBuffer::random(32);
    CustodyLog custody(plain, headKey,
                       CustodyLog::actorForThisProcess(QString::fromLatin1(kProgram)));
    SearchIndex plainIndex(plain);
    TagRepository plainTags(plain, custody);
    ItemRepository plainItems(plain, custody, plainTags, plainIndex);
    {
        auto transaction = Transaction::begin(plain);
        if (!transaction.ok())
            return fail(transaction.error().message);
        auto status = custody.append(QStringLiteral("create_library"), 0,
                                     {{QStringLiteral("schema"), Schema::kCurrentVersion}});
        auto tagsMade = plainTags.ensureAll(defaultTagTree(), QStringLiteral("tags_import"));
        if (!status.ok() || !tagsMade.ok() || !transaction->commit().ok())
            return fail(QStringLiteral("cannot set up the unencrypted database"));
    }

    Sink enc{"enc", nullptr, nullptr, nullptr, {}};
    if (library)
        enc = Sink{"enc", &library->database(), &library->tags(), &library->items(), {}};
    Sink unenc{"plain", &plain, &plainTags, &plainItems, {}};
    std::vector<Sink *> sinks;
    if (library)
        sinks.push_back(&enc);
    sinks.push_back(&unenc);

    Generator generator(n, seed);
    qint64 textBytes = 0;
    double generateMs = 0;
    int done = 0;
    while (done < n) {
        start = Clock::now();
        QVector<Doc> batch;
        for (int i = 0; i < kBatch && done < n; ++i, ++done) {
            batch.append(generator.next());
            textBytes += batch.last().textBytes;
        }
        generateMs += msSince(start);
        for (Sink *sink : sinks) {
            auto status = insertBatch(*sink, batch);
            if (!status.ok())
                return fail(QStringLiteral("%1: %2").arg(QString::fromLatin1(sink->name),
                                                         status.error().message));
        }
        if (done % 10000 == 0 || done == n)
            std::fprintf(stderr, "bench_search: %d/%d documents (enc %.0f s, plain %.0f s)\n", done,
                         n, enc.phases.total() / 1000, unenc.phases.total() / 1000);
    }
    for (Sink *sink : sinks) {
        start = Clock::now();
        auto status = sink->db->checkpoint();
        if (!status.ok())
            return fail(status.error().message);
        sink->phases.commit += msSince(start);
    }

    say(QStringLiteral("corpus.docs=%1").arg(n));
    say(QStringLiteral("corpus.text_bytes=%1").arg(textBytes));
    say(QStringLiteral("corpus.mean_text_bytes=%1").arg(double(textBytes) / n, 0, 'f', 0));
    say(QStringLiteral("corpus.generate_s=%1").arg(generateMs / 1000, 0, 'f', 2));
    for (Sink *sink : sinks) {
        auto segments = sink->db->scalar("SELECT count(*) FROM search_index_segdir");
        const QString dbFile = sink == &enc ? Library::databasePath(encPath) : plainPath;
        reportSink(*sink, n, textBytes, fileSize(dbFile), segments.ok() ? *segments : -1);
    }

    QFile corpus(outDir + QStringLiteral("/corpus.txt"));
    if (corpus.open(QIODevice::WriteOnly | QIODevice::Text))
        corpus.write(generator.describe().toUtf8() + '\n');
    QFile queries(outDir + QStringLiteral("/queries.tsv"));
    if (queries.open(QIODevice::WriteOnly | QIODevice::Text)) {
        for (const auto &q : kQueries)
            queries.write(QByteArray(q[0]) + '\t' + QByteArray(q[1]) + '\n');
    }
    say(generator.describe());
    return 0;
}

// ---------------------------------------------------------------------------------------------
// Querying.

/** Either an open library or an unencrypted database, with a SearchEngine on it. */
struct Target
{
    std::unique_ptr<Library> library;
    std::unique_ptr<Database> plain;
    std::unique_ptr<SearchEngine> plainEngine;

    Database &db() { return library ? library->database() : *plain; }
    SearchEngine &engine() { return library ? library->search() : *plainEngine; }
};

/** Diagnostic: a different SQLite page cache than the library's 32 MiB (0 keeps it). */
int g_cacheMiB = 0;

Result<Target> openTarget(const QString &kind, const QString &path)
{
    Target target;
    if (kind == QLatin1String("enc")) {
        auto library =
            Library::open(path, passphrase(), Library::Access::Read, QString::fromLatin1(kProgram));
        if (!library.ok())
            return library.error();
        target.library = std::move(*library);
    } else if (kind == QLatin1String("plain")) {
        auto db = Database::openUnencrypted(path, Database::Mode::OpenExisting);
        if (!db.ok())
            return db.error();
        target.plain = std::make_unique<Database>(std::move(*db));
        target.plainEngine = std::make_unique<SearchEngine>(*target.plain);
    } else {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("DB-KIND is enc or plain"));
    }
    if (g_cacheMiB > 0) {
        const QByteArray sql =
            QByteArray("PRAGMA cache_size = -") + QByteArray::number(g_cacheMiB * 1024);
        AMANAT_TRY(target.db().exec(sql.constData()));
        say(QStringLiteral("# diagnostic: cache_size = %1 MiB").arg(g_cacheMiB));
    }
    return target;
}

Result<QStringList> readQueries(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return makeError(ErrorCode::NotFound, QStringLiteral("cannot read %1").arg(path));
    QStringList queries;
    for (const QByteArray &line : file.readAll().split('\n')) {
        QString query = QString::fromUtf8(line).trimmed();
        // A queries.tsv line (class<TAB>query) is accepted too.
        if (query.contains(QLatin1Char('\t')))
            query = query.section(QLatin1Char('\t'), -1).trimmed();
        if (!query.isEmpty())
            queries << query;
    }
    return queries;
}

/** Nearest-rank percentile of sorted samples. */
double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::size_t rank = std::size_t(std::ceil(p / 100.0 * double(sorted.size())));
    rank = std::max<std::size_t>(rank, 1);
    return sorted[std::min(rank, sorted.size()) - 1];
}

int query(const QString &kind, const QString &path, const QString &queriesPath, int repeat,
          const QString &samplesPath)
{
    auto queries = readQueries(queriesPath);
    if (!queries.ok())
        return fail(queries.error().message);
    auto start = Clock::now();
    auto target = openTarget(kind, path);
    if (!target.ok())
        return fail(target.error().message);
    say(QStringLiteral("# open_s=%1 (%2)").arg(msSince(start) / 1000, 0, 'f', 2).arg(kind));

    std::vector<std::vector<double>> samples(std::size_t(queries->size()));
    std::vector<std::vector<double>> cpuSamples(std::size_t(queries->size()));
    std::vector<qint64> totals(std::size_t(queries->size()), 0);
    for (int round = 0; round <= repeat; ++round) { // round 0 is the warm-up
        for (int q = 0; q < queries->size(); ++q) {
            const double cpuStart = threadCpuMs();
            start = Clock::now();
            auto result = target->engine().search(queries->at(q), kLimit);
            const double ms = msSince(start);
            const double cpu = threadCpuMs() - cpuStart;
            if (!result.ok())
                return fail(QStringLiteral("%1: %2").arg(queries->at(q), result.error().message));
            totals[std::size_t(q)] = result->total;
            if (round > 0) {
                samples[std::size_t(q)].push_back(ms);
                cpuSamples[std::size_t(q)].push_back(cpu);
            }
        }
    }
    say(QStringLiteral("# load_average_1min_at_end=%1").arg(loadAverage(), 0, 'f', 2));

    QFile samplesFile(samplesPath);
    if (!samplesPath.isEmpty() && !samplesFile.open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(QStringLiteral("cannot write %1").arg(samplesPath));
    say(QStringLiteral(
        "# query\ttotal\tp50_ms\tp95_ms\tmean_ms\tmin_ms\tmax_ms\tcpu_p50_ms\tcpu_p95_ms"));
    for (int q = 0; q < queries->size(); ++q) {
        std::vector<double> sorted = samples[std::size_t(q)];
        std::vector<double> cpuSorted = cpuSamples[std::size_t(q)];
        if (samplesFile.isOpen()) {
            for (std::size_t i = 0; i < sorted.size(); ++i)
                samplesFile.write(queries->at(q).toUtf8() + '\t' +
                                  QByteArray::number(sorted[i], 'f', 3) + '\t' +
                                  QByteArray::number(cpuSorted[i], 'f', 3) + '\n');
        }
        std::sort(sorted.begin(), sorted.end());
        std::sort(cpuSorted.begin(), cpuSorted.end());
        double sum = 0;
        for (double ms : sorted)
            sum += ms;
        say(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9")
                .arg(queries->at(q))
                .arg(totals[std::size_t(q)])
                .arg(percentile(sorted, 50), 0, 'f', 2)
                .arg(percentile(sorted, 95), 0, 'f', 2)
                .arg(sum / double(sorted.size()), 0, 'f', 2)
                .arg(sorted.front(), 0, 'f', 2)
                .arg(sorted.back(), 0, 'f', 2)
                .arg(percentile(cpuSorted, 50), 0, 'f', 2)
                .arg(percentile(cpuSorted, 95), 0, 'f', 2));
    }
    return 0;
}

// ---------------------------------------------------------------------------------------------
// Profiling: SearchEngine::search, piece by piece. The SQL below mirrors
// core/search/SearchEngine.cpp (main query, tag facet, tag tree, snippets); the filter
// builder handles the filters the benchmark queries use (tag, kind, lang, before, after).

constexpr const char *kRank = "amanat_bm25(matchinfo(search_index, 'pcnalx'), 4.0, 1.0, 1.5, 1.0)";

struct Filter
{
    QString sql;
    QVariantList binds;
};

Result<Filter> buildFilter(Database &db, const SearchQuery &query)
{
    Filter filter;
    QStringList clauses;
    if (query.hasNegativeTerms()) {
        clauses << QStringLiteral(
            "i.id NOT IN (SELECT docid FROM search_index WHERE search_index MATCH ?)");
        filter.binds << query.excludedMatch();
    }
    if (!query.tagPaths.isEmpty()) {
        auto stmt = db.prepare("SELECT id, ifnull(parent_id, 0), name FROM tags");
        if (!stmt.ok())
            return stmt.error();
        QHash<qint64, QPair<qint64, QString>> tags;
        for (;;) {
            auto row = stmt->step();
            if (!row.ok())
                return row.error();
            if (!*row)
                break;
            tags.insert(stmt->integer(0), {stmt->integer(1), stmt->text(2)});
        }
        QHash<qint64, QString> paths;
        for (auto it = tags.constBegin(); it != tags.constEnd(); ++it) {
            QStringList levels{it->second};
            qint64 parent = it->first;
            for (int depth = 0; parent != 0 && depth < 64; ++depth) {
                const auto up = tags.constFind(parent);
                if (up == tags.constEnd())
                    break;
                levels.prepend(up->second);
                parent = up->first;
            }
            paths.insert(it.key(), levels.join(QLatin1Char('/')));
        }
        for (const QString &wanted : query.tagPaths) {
            QStringList ids;
            for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
                if (it->compare(wanted, Qt::CaseInsensitive) == 0 ||
                    it->startsWith(wanted + QLatin1Char('/'), Qt::CaseInsensitive))
                    ids << QString::number(it.key());
            }
            clauses << QStringLiteral(
                           "i.id IN (SELECT item_id FROM item_tags WHERE tag_id IN (%1))")
                           .arg(ids.join(QLatin1Char(',')));
        }
    }
    if (!query.kinds.isEmpty()) {
        QStringList marks;
        for (const QString &kind : query.kinds) {
            marks << QStringLiteral("?");
            filter.binds << kind;
        }
        clauses << QStringLiteral("i.kind IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!query.languages.isEmpty()) {
        QStringList alternatives;
        for (const QString &language : query.languages) {
            alternatives << QStringLiteral(
                "i.language = ? COLLATE NOCASE OR i.language LIKE ? ESCAPE '\\'");
            filter.binds << language << QString(language + QStringLiteral("-%"));
        }
        clauses << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (query.before) {
        clauses << QStringLiteral("i.event_date_start IS NOT NULL AND i.event_date_start <= ?");
        filter.binds << query.before->toString(Qt::ISODate);
    }
    if (query.after) {
        clauses << QStringLiteral("i.event_date_end IS NOT NULL AND i.event_date_end >= ?");
        filter.binds << query.after->toString(Qt::ISODate);
    }
    if (query.importedFrom || !query.witnessCodes.isEmpty() || !query.sources.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("profile does not handle imported:, witness:, source:"));
    filter.sql = clauses.isEmpty()
                     ? QString()
                     : QStringLiteral(" AND ") + clauses.join(QStringLiteral(" AND "));
    return filter;
}

/** Runs @p sql with @p binds to the end; returns the rows and keeps column 0 in @p ids. */
Result<qint64> runAll(Database &db, const QString &sql, const QVariantList &binds, int readColumns,
                      std::vector<qint64> *ids = nullptr)
{
    auto stmt = db.prepare(sql.toUtf8().constData());
    if (!stmt.ok())
        return stmt.error();
    stmt->bindAll(binds);
    qint64 rows = 0;
    QHash<QString, qint64> counts;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        ++rows;
        if (ids)
            ids->push_back(stmt->integer(0));
        if (readColumns >= 2)
            (void)stmt->real(1);
        for (int c = 2; c < readColumns; ++c)
            ++counts[stmt->text(c)];
    }
    return rows;
}

struct Piece
{
    const char *name;
    std::vector<double> ms;
};

QString mainSql(const SearchQuery &q, const QString &filterSql, bool ranked)
{
    QString sql;
    if (q.hasPositiveTerms())
        sql = QStringLiteral("SELECT m.id, m.score, i.kind, i.language, "
                             "substr(i.event_date_start, 1, 4) FROM (SELECT docid AS id, "
                             "%1 AS score FROM search_index WHERE search_index MATCH ?) m "
                             "JOIN items i ON i.id = m.id WHERE 1")
                  .arg(ranked ? QLatin1String(kRank) : QLatin1String("0.0"));
    else
        sql = QStringLiteral("SELECT i.id, 0.0, i.kind, i.language, "
                             "substr(i.event_date_start, 1, 4) FROM items i WHERE 1");
    return sql + filterSql;
}

/** Prints SQLite's EXPLAIN QUERY PLAN of @p sql, one "# plan" line per step. */
Status printPlan(Database &db, const QString &query, const QString &label, const QString &sql,
                 const QVariantList &binds)
{
    auto stmt = db.prepare(QByteArray("EXPLAIN QUERY PLAN " + sql.toUtf8()).constData());
    if (!stmt.ok())
        return stmt.error();
    stmt->bindAll(binds);
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        say(QStringLiteral("# plan [%1] %2: %3").arg(query, label, stmt->text(3)));
    }
    return {};
}

#define AMANAT_TRY_OR_FAIL(expr)                                                                   \
    do {                                                                                           \
        auto status_ = (expr);                                                                     \
        if (!status_.ok())                                                                         \
            return fail(status_.error().message);                                                  \
    } while (false)

int profile(const QString &kind, const QString &path, const QString &queriesPath, int repeat,
            bool printPlans)
{
    auto queries = readQueries(queriesPath);
    if (!queries.ok())
        return fail(queries.error().message);
    auto target = openTarget(kind, path);
    if (!target.ok())
        return fail(target.error().message);
    Database &db = target->db();

    say(QStringLiteral("# median thread CPU ms over %1 runs (after one warm-up); columns:")
            .arg(repeat));
    say(QStringLiteral("#  engine     SearchEngine::search, the whole call"));
    say(QStringLiteral("#  fts        SELECT docid ... MATCH (the doclists alone)"));
    say(QStringLiteral("#  main-rank  step 1 as the engine runs it: MATCH + matchinfo/BM25 for "
                       "every hit + JOIN items + filters, facet columns read"));
    say(QStringLiteral("#  main-norank  the same without matchinfo/BM25 (score 0.0)"));
    say(QStringLiteral("#  tagfacet   step 3: item_tags counts over the result set (MATCH again)"));
    say(QStringLiteral("#  tagtree    SELECT id, parent_id, name FROM tags (run once by the facet "
                       "and once more by a tag: filter)"));
    say(QStringLiteral("#  snip-sql   step 4: item row + pages of the 20 top hits"));
    say(QStringLiteral("#  snip-build SnippetBuilder::build for those 20 hits"));
    say(QStringLiteral("# alternatives, not what the engine does (for the suggestions):"));
    say(QStringLiteral("#  mi-pcnalx  SELECT docid, matchinfo(search_index, 'pcnalx') ... MATCH: "
                       "matchinfo without BM25, join or filters"));
    say(QStringLiteral("#  mi-pcx     the same with 'pcx' (no 'n', 'a', 'l': no document-length "
                       "lookups)"));
    say(QStringLiteral("#  main-cross main-rank with CROSS JOIN items (forces the full-text match "
                       "to be the outer loop)"));
    say(QStringLiteral("#  tags-scan  tag facet from the ids of step 1: one scan of item_tags, ids "
                       "looked up in a hash set"));
    say(QStringLiteral(
        "#  tags-probe tag facet from the ids of step 1: one item_tags lookup per id"));
    say(QStringLiteral(
        "#  tags-nojoin the engine's tag facet without its JOIN items, for queries "
        "without filters: ... IN (SELECT docid FROM search_index WHERE ... MATCH ?)"));
    say(QStringLiteral(
        "# query\ttotal\tengine\tfts\tmain-rank\tmain-norank\ttagfacet\ttagtree\t"
        "snip-sql\tsnip-build\tmi-pcnalx\tmi-pcx\tmain-cross\ttags-scan\ttags-probe\t"
        "tags-nojoin"));
    for (const QString &text : *queries) {
        auto parsed = SearchQuery::parse(text);
        if (!parsed.ok())
            return fail(parsed.error().message);
        const SearchQuery &q = *parsed;
        std::vector<Piece> pieces{{"engine", {}},      {"fts", {}},        {"main-rank", {}},
                                  {"main-norank", {}}, {"tagfacet", {}},   {"tagtree", {}},
                                  {"snip-sql", {}},    {"snip-build", {}}, {"mi-pcnalx", {}},
                                  {"mi-pcx", {}},      {"main-cross", {}}, {"tags-scan", {}},
                                  {"tags-probe", {}},  {"tags-nojoin", {}}};
        qint64 total = 0;
        for (int run = 0; run <= repeat; ++run) {
            const bool keep = run > 0;
            auto record = [&](std::size_t piece, double from) {
                if (keep)
                    pieces[piece].ms.push_back((threadCpuMs() - from));
            };
            double start = threadCpuMs();
            auto result = target->engine().search(text, kLimit);
            if (!result.ok())
                return fail(result.error().message);
            record(0, start);
            total = result->total;

            start = threadCpuMs();
            auto filter = buildFilter(db, q);
            if (!filter.ok())
                return fail(filter.error().message);
            QVariantList binds;
            if (q.hasPositiveTerms()) {
                start = threadCpuMs();
                auto fts = runAll(
                    db, QStringLiteral("SELECT docid FROM search_index WHERE search_index MATCH ?"),
                    {q.positiveMatch()}, 1);
                if (!fts.ok())
                    return fail(fts.error().message);
                record(1, start);
                binds << q.positiveMatch();
            }
            binds += filter->binds;

            std::vector<qint64> ids;
            if (run == 0 && printPlans)
                AMANAT_TRY_OR_FAIL(printPlan(db, text, QStringLiteral("main"),
                                             mainSql(q, filter->sql, true), binds));
            for (int ranked = 1; ranked >= 0; --ranked) {
                const QString sql = mainSql(q, filter->sql, ranked == 1);
                start = threadCpuMs();
                auto rows = runAll(db, sql, binds, 5, ranked ? &ids : nullptr);
                if (!rows.ok())
                    return fail(rows.error().message);
                record(ranked ? 2 : 3, start);
            }
            // Alternatives (see the header lines).
            if (q.hasPositiveTerms()) {
                for (const char *format : {"pcnalx", "pcx"}) {
                    start = threadCpuMs();
                    auto mi = runAll(db,
                                     QStringLiteral("SELECT docid, length(matchinfo(search_index, "
                                                    "'%1')) FROM search_index WHERE search_index "
                                                    "MATCH ?")
                                         .arg(QLatin1String(format)),
                                     {q.positiveMatch()}, 2);
                    if (!mi.ok())
                        return fail(mi.error().message);
                    record(std::strcmp(format, "pcx") == 0 ? 9 : 8, start);
                }
                QString cross = mainSql(q, filter->sql, true);
                cross.replace(QStringLiteral(" m JOIN items i"),
                              QStringLiteral(" m CROSS JOIN items i"));
                start = threadCpuMs();
                auto rows = runAll(db, cross, binds, 5);
                if (!rows.ok())
                    return fail(rows.error().message);
                record(10, start);
            }
            if (total > 0) {
                start = threadCpuMs();
                QSet<qint64> wanted(ids.begin(), ids.end());
                QHash<qint64, qint64> counts;
                auto scan = db.prepare("SELECT item_id, tag_id FROM item_tags");
                if (!scan.ok())
                    return fail(scan.error().message);
                for (;;) {
                    auto row = scan->step();
                    if (!row.ok())
                        return fail(row.error().message);
                    if (!*row)
                        break;
                    if (wanted.contains(scan->integer(0)))
                        ++counts[scan->integer(1)];
                }
                record(11, start);
                start = threadCpuMs();
                counts.clear();
                auto probe = db.prepare("SELECT tag_id FROM item_tags WHERE item_id = ?");
                if (!probe.ok())
                    return fail(probe.error().message);
                for (qint64 id : ids) {
                    probe->reset();
                    probe->bind(1, id);
                    for (;;) {
                        auto row = probe->step();
                        if (!row.ok())
                            return fail(row.error().message);
                        if (!*row)
                            break;
                        ++counts[probe->integer(0)];
                    }
                }
                record(12, start);
                if (q.hasPositiveTerms() && filter->sql.isEmpty()) {
                    start = threadCpuMs();
                    auto nojoin =
                        runAll(db,
                               QStringLiteral("SELECT it.tag_id, count(*) FROM item_tags it "
                                              "WHERE it.item_id IN (SELECT docid FROM "
                                              "search_index WHERE search_index MATCH ?) "
                                              "GROUP BY it.tag_id ORDER BY 2 DESC LIMIT 50"),
                               {q.positiveMatch()}, 1);
                    if (!nojoin.ok())
                        return fail(nojoin.error().message);
                    record(13, start);
                }
            }

            if (ids.size() > std::size_t(kLimit))
                ids.resize(kLimit); // which 20 does not matter for the cost

            if (total > 0) {
                QString idsSql =
                    q.hasPositiveTerms()
                        ? QStringLiteral("SELECT i.id FROM search_index s JOIN items i ON "
                                         "i.id = s.docid WHERE search_index MATCH ?")
                        : QStringLiteral("SELECT i.id FROM items i WHERE 1");
                idsSql += filter->sql;
                const QString tagSql =
                    QStringLiteral("SELECT it.tag_id, count(*) FROM item_tags it "
                                   "WHERE it.item_id IN (%1) GROUP BY it.tag_id "
                                   "ORDER BY 2 DESC LIMIT 50")
                        .arg(idsSql);
                if (run == 0 && printPlans)
                    AMANAT_TRY_OR_FAIL(
                        printPlan(db, text, QStringLiteral("tagfacet"), tagSql, binds));
                start = threadCpuMs();
                auto tagRows = runAll(db, tagSql, binds, 1);
                if (!tagRows.ok())
                    return fail(tagRows.error().message);
                record(4, start);
                start = threadCpuMs();
                auto tree = runAll(
                    db, QStringLiteral("SELECT id, ifnull(parent_id, 0), name FROM tags"), {}, 3);
                if (!tree.ok())
                    return fail(tree.error().message);
                record(5, start);
            }

            double sqlMs = 0;
            double buildMs = 0;
            for (qint64 id : ids) {
                start = threadCpuMs();
                auto item =
                    db.prepare("SELECT i.title, i.kind, i.description, i.notes, "
                               "ifnull(t.transcript, '') FROM items i LEFT JOIN testimonies t "
                               "ON t.item_id = i.id WHERE i.id = ?");
                if (!item.ok())
                    return fail(item.error().message);
                item->bind(1, id);
                auto row = item->step();
                if (!row.ok() || !*row)
                    return fail(QStringLiteral("item %1 missing").arg(id));
                QVector<SnippetBuilder::Segment> segments;
                auto pages =
                    db.prepare("SELECT page, text FROM item_text WHERE item_id = ? ORDER BY page");
                if (!pages.ok())
                    return fail(pages.error().message);
                pages->bind(1, id);
                for (;;) {
                    auto page = pages->step();
                    if (!page.ok())
                        return fail(page.error().message);
                    if (!*page)
                        break;
                    segments.append({int(pages->integer(0)), pages->text(1)});
                }
                segments.append({0, item->text(4)});
                segments.append({0, item->text(2)});
                segments.append({0, item->text(3)});
                sqlMs += (threadCpuMs() - start);
                start = threadCpuMs();
                const auto snippet = SnippetBuilder(q.positiveTerms()).build(segments);
                (void)snippet;
                buildMs += (threadCpuMs() - start);
            }
            if (keep) {
                pieces[6].ms.push_back(sqlMs);
                pieces[7].ms.push_back(buildMs);
            }
        }
        QString line = text + QLatin1Char('\t') + QString::number(total);
        for (Piece &piece : pieces) {
            std::sort(piece.ms.begin(), piece.ms.end());
            line += QLatin1Char('\t') + (piece.ms.empty()
                                             ? QStringLiteral("-")
                                             : QString::number(percentile(piece.ms, 50), 'f', 2));
        }
        say(line);
    }
    return 0;
}

// Indexing diagnosis on an existing corpus: the pieces of ItemRepository::setFields and
// setText for K existing items, timed one kind at a time, all inside one transaction that is
// rolled back (the database is left as it was).
int updateSplit(const QString &path, int k)
{
    auto opened = Database::openUnencrypted(path, Database::Mode::OpenExisting);
    if (!opened.ok())
        return fail(opened.error().message);
    Database db = std::move(*opened);
    const SecureBuffer headKey = SecureBuffer::random(32);
    CustodyLog custody(db, headKey, CustodyLog::actorForThisProcess(QString::fromLatin1(kProgram)));
    SearchIndex index(db);
    TagRepository tags(db, custody);
    ItemRepository items(db, custody, tags, index);
    auto count = db.scalar("SELECT max(id) FROM items");
    if (!count.ok() || *count < k)
        return fail(QStringLiteral("not enough items"));
    std::vector<qint64> ids;
    for (int i = 0; i < k; ++i)
        ids.push_back(1 + *count * i / k); // ascending, spread over the corpus
    std::vector<QStringList> pages;
    for (qint64 id : ids) {
        auto text = items.text(id);
        if (!text.ok())
            return fail(text.error().message);
        QStringList list;
        for (const auto &page : *text)
            list << page.second;
        pages.push_back(list);
    }
    auto outer = Transaction::begin(db);
    if (!outer.ok())
        return fail(outer.error().message);
    struct Step
    {
        const char *name;
        std::function<Status(std::size_t)> run;
    };
    const std::vector<Step> steps{
        {"ItemRepository::get",
         [&](std::size_t i) -> Status {
             auto item = items.get(ids[i]);
             return item.ok() ? Status() : Status(item.error());
         }},
        {"TagRepository::all (called by get, via fillTags)",
         [&](std::size_t) -> Status {
             auto all = tags.all();
             return all.ok() ? Status() : Status(all.error());
         }},
        {"CustodyLog::append",
         [&](std::size_t i) {
             return custody.append(QStringLiteral("edit"), ids[i], {});
         }},
        {"SearchIndex::update, no savepoint",
         [&](std::size_t i) {
             return index.update(ids[i]);
         }},
        {"SearchIndex::update in a savepoint",
         [&](std::size_t i) -> Status {
             auto inner = Transaction::begin(db);
             if (!inner.ok())
                 return inner.error();
             AMANAT_TRY(index.update(ids[i]));
             return inner->commit();
         }},
        {"empty savepoint",
         [&](std::size_t) -> Status {
             auto inner = Transaction::begin(db);
             if (!inner.ok())
                 return inner.error();
             return inner->commit();
         }},
        {"ItemRepository::setFields (place)",
         [&](std::size_t i) {
             return items.setFields(ids[i], {{QStringLiteral("place"), QStringLiteral("Kashgar")}});
         }},
        {"ItemRepository::setText (same pages)",
         [&](std::size_t i) {
             return items.setText(ids[i], pages[i], pages[i].size() > 1,
                                  QStringLiteral("extract_text"));
         }},
    };
    say(QStringLiteral("# %1 items spread over %2, one step at a time, thread CPU ms per call")
            .arg(k)
            .arg(*count));
    for (const Step &step : steps) {
        std::vector<double> ms;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const double start = threadCpuMs();
            AMANAT_TRY_OR_FAIL(step.run(i));
            ms.push_back(threadCpuMs() - start);
        }
        double sum = 0;
        for (double v : ms)
            sum += v;
        std::sort(ms.begin(), ms.end());
        say(QStringLiteral("%1\tmean %2\tp50 %3\tp95 %4")
                .arg(QString::fromLatin1(step.name))
                .arg(sum / double(ms.size()), 0, 'f', 3)
                .arg(percentile(ms, 50), 0, 'f', 3)
                .arg(percentile(ms, 95), 0, 'f', 3));
    }
    auto segments = db.scalar("SELECT count(*) FROM search_index_segdir");
    say(QStringLiteral("# segments now %1 (rolled back)").arg(segments.ok() ? *segments : -1));
    return 0; // the transaction rolls back here
}

int usage()
{
    std::fprintf(
        stderr,
        "usage: bench_search generate OUTDIR N [--seed S] [--plain-page-size P] [--plain-only]\n"
        "       bench_search query enc|plain PATH QUERIES-FILE [--repeat R] [--samples FILE]\n"
        "       bench_search profile enc|plain PATH QUERIES-FILE [--repeat R] [--plans]\n"
        "       (query and profile: --cache-mib M sets SQLite's page cache, diagnosis only)\n"
        "       bench_search update-split PLAIN-DB K\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    auto option = [&args](const QString &name, const QString &fallback) {
        const int at = int(args.indexOf(name));
        if (at < 0 || at + 1 >= args.size())
            return fallback;
        const QString value = args.at(at + 1);
        args.remove(at, 2);
        return value;
    };
    const std::uint64_t seed =
        option(QStringLiteral("--seed"), QStringLiteral("20240404")).toULongLong();
    const int repeat = option(QStringLiteral("--repeat"), QStringLiteral("20")).toInt();
    const QString samples = option(QStringLiteral("--samples"), QString());
    const bool plans = args.removeAll(QStringLiteral("--plans")) > 0;
    g_cacheMiB = option(QStringLiteral("--cache-mib"), QStringLiteral("0")).toInt();
    const bool plainOnly = args.removeAll(QStringLiteral("--plain-only")) > 0;
    // By default the unencrypted database gets the library's page size (see generate()).
    const int plainPageSize =
        option(QStringLiteral("--plain-page-size"), QString::number(Database::kPageSize)).toInt();
    if (args.isEmpty())
        return usage();
    const QString command = args.takeFirst();
    if (command == QLatin1String("generate") && args.size() == 2)
        return generate(args.at(0), args.at(1).toInt(), seed, plainPageSize, plainOnly);
    if (command == QLatin1String("query") && args.size() == 3 && repeat > 0)
        return query(args.at(0), args.at(1), args.at(2), repeat, samples);
    if (command == QLatin1String("update-split") && args.size() == 2)
        return updateSplit(args.at(0), args.at(1).toInt());
    if (command == QLatin1String("profile") && args.size() == 3 && repeat > 0)
        return profile(args.at(0), args.at(1), args.at(2), repeat, plans);
    return usage();
}
