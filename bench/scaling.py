"""Doubling series: the analysis of pathological articles stays linear in their length.

``python -m bench.scaling`` analyses texts made of one unit repeated N times, for N doubling
from 1,000 to 16,000 (``--max``), and prints the CPU time per repetition and its ratio to the
smallest N's (CPU time of this process, best of ``--repeats``: on a machine shared with other work,
wall-clock time swung two to three times either way and hid the trend). A linear analysis keeps the ratio near 1; a rule that looks back over the whole
document per statement or per match shows a ratio that doubles with N.

The units are the inputs that once made pages hang (each is written for the benchmark):
statements with full stops, the same with none (one sentence of N statements), a quotation never
closed, and titles chained without a name.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time

from analysis.corpus.documents import Document
from analysis.extract.pipeline import Analyser
from analysis.lexicon.read import load_lexicon

UNITS = {
    "statements": 'قال لافروف "ندعم". ',
    "one sentence": 'قال لافروف "ندعم" ',
    "open quotation": "“ وأضاف أن موسكو ترحب بالحوار ",
    "titles without names": "وقال المتحدث باسم وزير ",
    "outlets on one line": "ذكرت وكالة سبوتنيك ",
    "titles with their holders": "وقال رئيس المجلس الرئاسي في ليبيا، فايز السراج، ",
    "bodies named after a person": "قوات حفتر ",
    # rules merged in the sixth session, each on a page with no full stop
    "descriptions that refer back": "وقال دينغوف إن المسؤول الروسي ",
    "nouns of speech": "وتنطوي تصريحات لافروف على ",
    "titles without their host": "سفير روسيا الاتحادية لدى ليبيا وسفير روسيا الاتحادية ",
    # a broad topic term looks for its support around it (seventh session)
    "broad topic terms": "وتحدث عن الهجوم والأمم المتحدة ",
    # attribution rules merged in the seventh session
    "split cues": "وعبر زعماء روسيا علنا عن قلقهم ",
    "a title before another's name": "وقال وزير الخارجية الليبي منصور الكيلاني إن ",
    "a saying verb's own subject": "وقال أستاذ العلوم السياسية خالد المنتصر إن ",
    "nouns of speech with a state's adjective": "نفي روسي جديد للاتهامات ",
    # attribution and polarity rules merged in the eighth session
    "a holder named between commas": "وأعرب وزير الاستثمار في الحكومة المكلفة، علي السعيدي، عن ",
    "a given name that is also a cue": "وقالت الباحثة أمل قاسم إن ",
    "an office speaking for a body": "وقال المكتب الإعلامي لرئاسة أركان القوات البرية ",
    "a phrase describing the statement": "وفي تعليق ساخر على الموقف، قالت السفارة ",
    "a source named by a pronoun": "ووفقا له، فإن ",
    # polarity constructions of the eighth session, on a page with no full stop
    "necessities with a negation": "وأكد لافروف ضرورة ألا يفوت أحد الفرصة ولا ينبغي ",
    "questions in one quotation": "وقال لافروف: «كيف يمكن أن ندعم ذلك، ",
    "a threat growing": "ولفتت زاخاروفا إلى تزايد نشاط التنظيمات الإرهابية وتنامي ",
    "one side over another": "وقال لافروف إن روسيا لا تدعم طرفا على آخر ولا ندعم ",
    "rhetorical questions": "وقال لافروف: «كيف يمكن أن ندعم ذلك؟» ",
    "adjectival participles": "وقال لافروف إن ذلك ضرورة مؤكدة، ",
    # attribution rules of the ninth session, on a page with no full stop
    "a source before the verb": "وبحسب موقع “أفريكا إنتليجنس” قال لافروف إن ",
    "a site referred back to": "ذكر موقع “أفريكا إنتليجنس” أن وأفاد الموقع بأن ",
    "a report and its issuer": "ونشرت صحيفة نيويورك تايمز تقريراً وأشار التقرير إلى أن ",
    # tenth session: a relative clause describing another's words
    "words described by a relative clause": "معلقا على تصريحات شينكر التي قال فيها إن ",
    "unnamed headlines": "مسؤول روسي: محاولات اتهام روسيا باستغلال النزاع\n",
    "a long aside before the clause": "وقال عبد الحميد الساعدي المستشار الإعلامي لرئيس مجلس النواب، في تصريحات صحفية من العاصمة الروسية، ",
    "a preface before the opening verb": "في سياق متصل، وعد وزير الطاقة الروسي نوفاك بفتح تحقيق، مشيراً إلى ",
    "a report's issuer after من": "وفقاً لتقرير سري من خبراء الأمم المتحدة، وذكر التقرير أن ",
    "a report that asserts, after an auxiliary": "وكانت وكالة بلومبرغ قد نشرت تقريراً في يناير الماضي يؤكد أن ",
    "a verb's own إلى after its subject": "وقال مسؤول عسكري إن وأشار المسؤول إلى وجود ",
    "a verb of accusing and its accused": "وقال لافروف إن واتهمت فاغنر حينها بارتكاب جرائم ",
    "a state's nisba after an indefinite noun": "وأرسلت وفدا روسيا وخاطبوا روسيا وخصوصا روسيا وتركيا ",
    "datelines with a comma and a month": "موسكو ، 5 أبريل.\nطرابلس، 5 أشخاص قتلوا\n",
    "a work called after a person": 'فيلم "شوغالي" عن مكسيم شوغالي ',
    # polarity rules of the tenth session, on a page with no full stop
    "support for a fight against a stigma": "وقال لافروف إن روسيا تدعم ليبيا في مكافحة الإرهاب ولا يتم الالتزام ",
    "clauses opened by despite": "وقال لافروف رغم التوتر والتصعيد نحن ملتزمون ",
    "a group after a quantifier": "وقال لافروف إن ويقول بعض المسؤولين الليبيين إن وأشار الخبراء إلى ",
    "a topic before أما's ف": "وقال لافروف إن أما المشري فأكد أن أما الكرملين فقد نفى ",
    "the person named last": "تحدث ماكرون إلى بوتين بشأن ليبيا، ونفى الأخير ",
    "the writer's hedge": "وقال حفتر إن قواته ستدخل طرابلس، على حد زعمه، ",
    "reactions a statement provoked": "وقال حفتر إن قواته ستدخل طرابلس، ما أثار ردود فعل رافضة ",
    "a title before another listed name": "وقال وزير الخارجية الليبي، محمد عبد العزيز، إن ",
    "a name qualified by a state's adjective": "وأعلن الجيش الوطني التشادي والجيش الوطني ",
    "a title used bare for its holder": "وقالت الناطقة باسم الخارجية ماريا زاخاروفا إن وأوضحت الناطقة أن ",
    # eleventh session: relays and offices read on pages in no eval set
    "a relay's title referring back": "وأعلن السفير الروسي أيدار أغانين أن ونقلت الوكالة عن السفير قوله فيما نقل عن السفير تأكيده ",
    "a masculine verb after التي": "وحذر لافروف من ليبيا التي قال إنها ",
    # twelfth session: coordinated subjects read from dev6
    "two subjects before a dual verb": "لافروف وشويغو يدعوان ",
    "a counterpart after the subject": "دعا لافروف، ونظيره التركي الجديد، ",
    "a body's number label before its holder": "وقال عضو اللجنة العسكرية المشتركة 5+5 ",
    "a source and a document referring back": "كشفت مجلة لوبوان الفرنسية أن وبحسب المجلة الفرنسية، وأكد بيان المتحدثة الرسمية ",
    "a relative clause before the verb": "لكن روسيا التي تحتفظ بحق النقض داخل مجلس الأمن حذرت ",
    "relative pronouns with no verb": "روسيا التي الذي التي الذي ",
    "a subject after إن set off by commas": "إن نائب وزير الدفاع الروسي، يونس بك يفكوروف، أبلغ ",
    "commas before verbs with no opener": "حفتر، أكد، لافروف، أبلغ، ",
    "a second body past adjectives": "وقالت المؤسسة الوطنية للنفط الليبية المملوكة للدولة وشركة تاتنفط ",
    "an office in a body": "أعلنت إدارة شؤون الإعلام والاتصالات في وزارة الدفاع الروسية ",
    "a verb of commenting with an object": "وعلقت شركة تاتنفت عملياتها في ليبيا ",
    "a participle after غير": "في زيارة مفاجئة وغير معلنة، ",
    "a definite dual title with two nisbas": "أن الرئيسين الروسي والتركي أعربا ",
    "duals with no title": "الطرفين الليبي والروسي ",
    "a negated verb before a question": "ولم توضح روسيا هل ",
    "a plural group before its object": "وحذر مسؤولون أمريكيون حفتر من ",
    "a quotation after the verb's comma": 'وقال، "ليبيا تحتاج إلى حكومة موحدة وقال، ',
    "a participle after a sourced verb": "وبحسب وكالة سبوتنيك، أكد لافروف أن الحوار هو الحل، محذرا ",
    "a participle after a mouthpiece": "حذرت روسيا على لسان وزير خارجيتها سيرغي لافروف من خطورة التدخل، معتبرا ",
    "an office in construct with whom it serves": "وقال مكتب حفتر الإعلامي إن وأوضح مكتب إعلام الجيش الوطني الليبي أن ",
    "a holder's title with a stance word": "وقال رئيس لجنة المصالحة الوطنية إن ",
    "a relative clause about the speaker": "وقال الدبيبة، الذي تواجه حكومته أزمة خانقة، إن ",
    "support asked to stop": "وطالبت واشنطن موسكو بوقف دعمها والكف عن دعم ",
    "the circumstances of a statement": "وقال لافروف إن روسيا تتابع الوضع، في ظل تصاعد التوتر، وذلك وسط مخاوف ",
    # twelfth session: rules read from dev7 (ex-heldout8)
    "a verb of blaming": "وحمّل وزير النفط المؤسسة الوطنية للنفط مسؤولية ",
    "a verb describing a document": "أصدر مجلس الأمن بيانا صحفيا دعا فيه الجيش الوطني الليبي ",
    "a blocked document": "منعت روسيا صدور بيان عن مجلس الأمن يدعو ",
    "family names alone, in sentences": "وقال توماس فالدنبرغ. وأضاف فالدنبرغ إن. وقال خالد حفتر. وأوضح حفتر أن. ",
    "bylines with a date": "كتب: بوابة الاخبار الإثنين 08-04-2019 09:16\n",
    "a call to resume": "وقال لافروف إن بلاده تدعو الشركات الليبية لاستئناف العمل ",
    "a call for an aim of peace": "وقال لافروف إن بلاده تدعو الأطراف الليبية إلى وقف إطلاق النار ",
    "a call reaching its aim past commas": "دعا الرئيس الروسي، ونظيره التركي، الأطراف، إلى إعلان هدنة، ",
    "a definite object after an unnamed speaker": "وحث المبعوث الأطراف المتحاربة والمجتمع الدولي على ",
    "a given name that is a word, a surname, an apposed title": "وأكد حسن الهوني، المستشار الإعلامي، ",
    "statements someone gave": "وفي تصريحات سابقة أدلى بها مصدر برلماني ",
    "a service speaking as a body": "وأكد جهاز المخابرات العسكرية أن وذكر الجهاز أن ",
    # sixteenth session
    "the same unnamed source, past another": "وأكد مسؤول ليبي للصحيفة البريطانية أن وأكد مسؤولون غربيون أن ووفقا للمسؤول ذاته ",
    "a letter a body sent": "وفق ما أكدته رسالة وجهتها البعثة الأممية ",
    "a statement an agency carried": "وأشار بيان لوزارة الخارجية الروسية، أوردته وكالة سبوتنيك، إلى أن ",
    "an aim of peace the speaker works for": "وقالت الخارجية إن روسيا ستواصل العمل لتحقيق هدنة دائمة ",
    "a delegation's head, then its title": "وصل وفد ليبي برئاسة وزير الخارجية محمد سيالة. وقال رئيس الوفد الليبي إن ",
    "a vow to fight on until": "وقال حفتر إن قواته ستواصل القتال حتى السيطرة على المدن ",
    "praise with an object in construct": "وثمن اللافي حرص روسيا على دعم المسار السلمي ",
    "another side's feeling": "وقالت مصادر إن الدول الغربية أصبحت أكثر قلقا وأضاف أن حفتر متفائل ",
    # seventeenth session
    "a sentence placing the statement before it": "أعلن الدبيبة رفضه التدخل. جاء ذلك في رده على سؤال. ",
    "a given name with a madda after a title": "وقالت نائبة المندوب، آنا كوزلوفا، إن ",
    # attrib20
    "a listed full name with a slip": "وقال السفير الروسي حيدر أغانينو إن ",
    "a city before a colon and a first-person verb": "\nموسكو: نرفض ",
    "an evaluative verb after its opening subject": "\nمسؤول روسي يرحب بالاتفاق ",
    # attrib21
    "a reassurance": "\nمسؤول روسي يطمئن الليبيين وطمأن السفير الحكومة ",
    "an envoy in construct with his state": "تحدث موفد روسيا إلى ليبيا. وأكد ليف دينغوف أن ",
    "the first of two speakers": "وأكد لافروف وشويغو أنهما بحثا الوضع. وأضاف الأول أن ",
    "a verb of going on with a complement": "وقال الوزير إن. وأكمل قائلا إن وأكملت القوات انسحابها ",
    # thirteenth session: polarity21
    "we in the future or behind a negation": "\nروسيا: لن نسمح بالتدخل وسنتصدى لأي تدخل ",
    "a stance word in a body's name": "ناقشا عمل اللجنة الحكومية الروسية الليبية للتعاون ومدير إدارة التعاون واتفاق للتعاون ",
    # thirteenth session: attrib23 (dev8)
    "a quotation opening after a title": 'وقال السفير الروسي "حفتر يريد السلاح ولا نوفره". ',
    "a document in construct with its issuer": "وأشار بيان الشركة الصادر إلى أن ",
    "a saying verb read with the suffix ya": "وقال الوزير إن. ودخل الاتفاق بعد تدويل إضافي وفي ذكرى الثورة ",
    "a name in reversed quote marks": "وقال الوزير إن. واحتجزت الناقلة ”نجمة الشمال“ بشبهة لتهريب ",
    "an unlisted name and whom he spoke to": "وقال يوسف الحمداني للصحفيين إن ",
    # thirteenth session: attrib22 (dev9)
    "a quotation reopened over paragraphs": 'وقال سامر إن "نرسل الدفعة. والدفعة تبحر.\n\n"يفضل المستوردون تمورنا.\n\n',
    "already between a subject and its verb": "إلا أن لافروف سبق أن أكد أن سبق له أن قال ",
    "an outlet told after a verb of telling": 'وأبلغ رويترز "نقوم وأبلغت وكالة رويترز أن وأبلغ رويترز مسؤول ليبي أن ',
    "nouns in ة spelt like a verb and ه": "وتأتي الزيارة في إشارة إلى سفن تابعة لإضافة حملة ",
    "America in either spelling": "وأفادت القيادة العسكرية الأميركية في أفريقيا ووزير الدفاع الأميركي ",
    # fifteenth session: attrib22a
    "a short object before the subject": "وأكد هذه المعلومة الناطق باسم وهو ما صرح به المتحدث وأكد له مسؤول ",
    "an unnamed subject before a comma": "أن مسئول روسي رفيع المستوى، صرح، ",
    "a delegation with whom it comes from": "أكد وفد من مجلس النواب ",
    "a verb spelt like a noun": "– ثمن المبعوث الأممي، مارتن كوبلر، الدور وارتفع ثمن النفط ",
    # subject-first statements and participles after a narrated verb (session attrib22b)
    "subject-first group and stance word": "الإعلام الروسي يكشف الخارجية الليبية تدين الهجوم روسيا منزعجة ",
    "participle after a preface of time": "وفي وقت سابق نشرت منصة “عين” تحقيقا مشيرة إلى قدمت مصادر أمنية مزيدا، واصفة ",
    "feelings joined by and": "وقالت مصادر إن الدول الغربية أصبحت أكثر قلقا من النفوذ، ومنزعجة ",
    # polarity22: another side's readiness, urging towards calm, travel advice, a claim
    "another side's readiness": "وقال لافروف إن حفتر مستعد لتوقيع الاتفاق وإن موسكو مستعدة ",
    "urging towards de-escalation": "على العواصم تشجيع الطرفين على خفض التصعيد، ",
    "travel advice and a claim": "ودعت السفارة مواطنيها إلى عدم زيارة ليبيا وزعمت الصحيفة أن ",
    # sentences with two speakers (session attrib22c)
    "coordinated speakers past a title": "أعلن كل من لافروف، وزير الخارجية، وكذا رئيس البرلمان، توافق بوتين و«أردوغان» ",
    "outlet credited after a statement": "وأشار بوغدانوف إلى ضرورة الحوار، حسبما ذكرت وكالة تاس، وعدت موسكو ",
    "groups joined to a source": "نقلا عن وكالة رويترز ومصادر وأكد أكثر من 20 منهم ",
    # polarity, eighteenth session: a hamza on its seat before a pronoun, and a noun in ئة beside it
    "a hamza on its seat before a pronoun": "وعبر لافروف عن استيائه واستيائها من البيئة والهيئة ",
    "one side alone": "وقال لافروف إن موسكو لا تدعم حفتر وحده ولا تؤيد أي طرف بعينه ولا تدعم وحدة ",
    "statements wrapped over lines": "وقالت الخارجية في\nبيان إن الأنباء ملفقة وأضافت أن الوضع\nمعقد و",
    "calls to reopen": "ودعا الدبيبة روسيا إلى إعادة فتح سفارتها وطالب بإعادة تفعيل ",
    "statements opened by a colon": 'وقال لافروف:\n"الوضع معقد".\n',
    # eighteenth session (att18): titles the narration gave
    "a title the narration gave, then the title alone": "استقبل الوزير السفير الإيطالي ماركو بيلّيني. وأكد السفير الإيطالي أن ",
    "a delegation's head after his title and a comma": "وصل وفد برئاسة مدير الإدارة بوزارة الخارجية، حيدر سالم تيموروف، والقائم. وقال رئيس الوفد إن ",
    "a given name spelt otherwise before a listed family name": "وقال الوزير سيرغيه لافروف إن وقال سيرغيه لافروف إن ",
    "a quotation opening with a reported verb": "وقال بيان للحكومة إن السفير، إيفان مولوتكوف، «جدد دعم بلاده» ",
    "two outlets after a dual or a source": "وذكرت صحيفتا نيويورك تايمز وواشنطن بوست أن وبحسب وكالتي رويترز وفرانس برس، ",
    "a participle after a quotation run over sentences": "ودان باشاغا الهجوم قائلا: “.. هجوم روسيا انتهاك واضح” مصرحا ",
    "a verb after a pronoun's clause opener": "ورصدت القيادة إقلاع طائرات وقالت المؤسسة إنها رصدت تسربا وإنها أكدت تسربا ",
    "a counted group behind a relay": "ونقلت رويترز عن ثلاثة مصادر مطلعة قولها ونقلت عن 3 مصادر قولها ",
    "a relay by attributing": "ونسبت الوكالة إلى مسؤول روسي قوله وينسب القرار إلى الحكومة ",
    "headlines with whom the speaker told": '\nمسؤولون أمريكيون لـ"رويترز": روسيا أرسلت طائرات\nلافروف لنظيره الليبي: ',
    "a speaker behind ل between سبق and أن": "وسبق لزاخاروفا أن انتقدت كما سبق لوزير الخارجية أن أكد ",
    # nineteenth session (att19): an office with no name, its holder named in the lines after it
    "an outlet's report credited to what a body published": "وذكرت وكالة تاس أن الوفد وصل، بحسب ما نشره الجيش الوطني الليبي، ",
    "pieces of a statement after two dots": "وأضاف حفتر قائلا ( الليبيون يرفضون التدخل ..ونحن نطلب الهدوء ..",
    "a phrase cut by a line break": "وأعلن السفير أن المشير خليفة\nحفتر التقى وأكد أن الهيئة السياسية للثورة\nالليبية ",
    "a line that only credits an outlet": "وأعلن السفير أن الوفد وصل. حسب وكالة تاس الروسية. ",
    "a person described by his state's adjective": "بحث نائب وزير الدفاع الروسي يونس بك يفكوروف مع حفتر وأضاف أن المسؤول الروسي أكد وأن المسؤول الأمريكي أكد ",
    "a title named in the lines after it": "السفير الروسي: ندعم الحوار\nوجدد السفير الروسي دعم بلاده قال السفير الروسي، أيدار أغانين، إن ",
    # polarity rules of the nineteenth session, on a page with no full stop
    "an aside before alone": "وقال بوغدانوف: لا نؤيد حفتر (قائد الجيش الوطني الليبي) وحده ولا نؤيد (",
    # attribution rules of the twenty-second session (att22); the first on a page with no full stop
    # (each of its cues once made a set of every token of the page: 2.5x at N = 8,000)
    "an avoided denial": "وتجنب الكرملين نفي أو تأكيد ذلك وقال بيسكوف إن ",
    "a relay to its own sources": "ونقلت الوكالة عن مصادرها أن ",
    "both sides after a meeting": "بحث نائب وزير الخارجية الروسي ميخائيل بوغدانوف مع السفير المصري نزيه النجاري. وأكد الطرفان أهمية الحوار. ",
    "bullets under a headline": "ممثل روسيا لدى مجلس الأمن: ندعم الحل\n- نرفض التدخل\n- نتوقع من المبعوث ",
    "a turn of the narration": "وأجاب بيسكوف بأن الكرملين لا يعلق، إلا أن وزارة الخارجية الروسية قد أعلنت ",
    # twenty-seventh session: a window-wrapped paragraph, light verbs, the paragraph a colon announced,
    # a quotation over sentences credited after it, bare titles and bodies referring back (att30),
    # a negated wish of a loss and taking sides (pol29), on pages with no full stop where they can be
    "lines wrapped by a window": "قال المتحدث باسم الكرملين دميتري بيسكوف للصحفيين اليوم إن موسكو لم ترسل أي قوات إلى ليبيا وإن\n",
    "light verbs with their nouns of speech": "ووجه بوتين دعوة إلى الأطراف وشن لافروف هجوما حادا على الغرب وأعادت موسكو التأكيد على ",
    "a paragraph after a statement's colon": "وقال بوغدانوف:\nوستؤيد بلاده البيان.\n",
    "a quotation over sentences credited after it": "«الوضع معقد. والحوار ممكن»، يوضح الباحث. ",
    "bare titles and bodies referring back": "وقال لافروف إن موسكو تدعم الحوار وقال الوزير إن وأضافت الوزارة أن وأكد الجانب التركي أن ",
    "a negated wish and taking sides": "وقال لافروف لا نريد أن تخرج روسيا من ليبيا ولا ندعم طرفا على حساب الآخر ",
    # twenty-eighth session: topics of talks, a pledge, a claim cited to rebut it and a bare verb of
    # saying (pol30, pol31); a dual title, a site referring back again, a released statement, a headline's
    # second verb and a declined comment (att32, att33), on pages with no full stop where they can be
    "topics of talks and a pledge": "وناقش الجانبان سبل تعزيز التعاون وتعهد حفتر بوقف فوري لإطلاق النار ",
    "a claim cited to rebut it and a bare verb": "وقال المتحدث إن الأرقام مبالغ فيها كما زعمت الصحيفة. قال. ",
    "a dual title and a site referring back again": "وأعرب الوزيران عن الأمل وأوضح الموقع العسكري أن وأردف الموقع أن ",
    "a released statement and a declined comment": "وفي البيان الصادر عن وزارة الخارجية الروسية، ورفض الدبلوماسي الروسي التعليق ",
    "a headline's second verb": "حفتر يلتقي لافروف ويدعو موسكو إلى الحوار\n",
    # a quotation over a hard-wrapped paragraph's lines and an unnamed counterpart (att33)
    "a quotation over wrapped lines": "وقال بوتين ونظيره التركي “ نحن مستعدون للعمل\n",
    # twenty-ninth session: a headline's title named after the holder's name below it, a cue inside a
    # question, a paper behind ل and a name set off by a comma (att34); the future of a verb, a basis and
    # open doors (pol32), on pages with no full stop where they can be
    "a headline's title named later": "نائب رئيس الحكومة الروسية يحذر\nحذر دميتري روغوزين نائب رئيس الوزراء الروسي من ",
    "a cue inside a question": "وردا على سؤال عما إذا كانت موسكو تدعم حفتر قال بيسكوف إن ",
    "a paper behind lam and a comma-set name": "وكانت صحيفة “الصباح” قد نشرت أخبارا ووفقا للصحيفة فإن وأعلن النائب الأول لمندوب روسيا لدى الأمم المتحدة، دميتري بوليانسكي أن ",
    "the future, a basis and open doors": "وقال لافروف سنرحب بالاتفاق الذي يشكل أساسا للحوار وأبوابنا مفتوحة ",
    # thirty-sixth session: a tatweel standing alone is a dash (a regex over runs of it), and a
    # run of tatweels inside a word, on a page with no full stop
    "tatweel dashes and stretched words": "روسيا اليوم ـ أعلنت ــــ لافـــــروف ",
    # the helpers' rules of the thirty-sixth session, on a page with no full stop
    "readout passives": "وتم التأكيد على بدء المشروع ",
    "unnamed groups before their verb": "ظهرت تقارير إعلامية تحدثت عن ",
    "a verb after a comma and wa": "روسيا قد منعت القرار، وأكدت أن ",
    "a state speaking inside a relay": "وقالت وكالة تاس إن روسيا تطالب ",
    "measures said to fall short": "وقال لافروف إن الإجراءات لا تكفي ",
    "a nisba referring back to a state": "مندوب لبنان لدى الأمم المتحدة، وأعرب المندوب اللبناني عن ",
    # the thirty-seventh session's rules, on a page with no full stop
    "s37 a part credited in a good end": "وقال لافروف إن روسيا ساهمت، من بين أمور أخرى، في التوصل إلى ",
    "s37 not only but also": "وقال لافروف إنهم لا يدعمون الحوار فحسب، بل ",
    "s37 a supposition before a verb of saying": "في حال أعلنت روسيا أن ",
    "s37 a verb joined by wa after the opening subject": "ابتسم لافروف وقال إن ",
    "s37 a passive accusation": "وتتهم بارتكاب جرائم ",
    "s37 words kept before the clause": "وأوضح التلفزيون الرسمي أنه ",
    "s37 a titled name before its relative": "وزير الموارد الطبيعية ألكسندر كوزلوف، الذي أعلن أن ",
    "s37 a name kept as written after the verb": "قال سالم بن عمران إن ",
    # the thirty-eighth and thirty-ninth sessions' rules, on a page with no full stop
    "s38 a compound family name folded": "قال عبد الله بن زايد إن وأكد بن زايد أن ",
    "s38 a bare report and a name in taa": "وقال التقرير إن وقال محمد عمارة إن ",
    "s38 unnamed plurals before their object": "وانتقدت منظمات حقوقية القرار وقال سياسيون إن ",
    "s38 a question and a statement's issuer": "وهل تدعم موسكو حفتر وقالت الوزارة في بيان إن ",
    "s39 a body after a prepositional object": "ورحب بالقرار المجلس الرئاسي ورحبت بذلك الحكومة الليبية ",
    "s39 a cue's preposition with a pronoun": "وهو ما عبر عنه لافروف ",
    "s39 a lineage name after another given name": "وقال وزير الطاقة الأمير عبدالعزيز بن سلمان إن ",
    "s39 negotiating to acquire and a good end achieved": "وتتفاوض ليبيا مع روسيا على شراء وتسعى إلى تحقيق السلام ",
    "s39 a placing line": "جاء ذلك على لسان الوزير ",
    "s40 a verb joined past the opening verb's object": "واستقبل الدبيبة السفير الروسي وأكد ",
    "s40 a plural verb after one person": "وقال لافروف إن وأشاروا إلى أن ",
    "s40 a document's issuer behind its head": "وذكر تقرير إخباري نشرته وكالة رويترز أن ",
    "s40 a resolution as the opening verb's subject": "ونص مشروع القرار على دعم البعثة ",
    "s40 a role asked for a party named": "ينبغي أن يلعب سيف الإسلام، دورا ويدعو روسيا إلى الوساطة ",
    "s40 a state after a definite title": "ودعا الوزير تركيا إلى ",
}


def per_repetition(analyser: Analyser, unit: str, n: int, *, repeats: int) -> float:
    """Best CPU seconds per repetition of ``unit`` over ``repeats`` runs of an ``n``-fold text."""
    document = Document("scaling", unit * n)
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        start = time.process_time()
        analyser.rows(document)
        best = min(best, time.process_time() - start)
    return best / n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scaling", description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=int, default=1000, help="smallest N (default 1000)")
    parser.add_argument("--max", type=int, default=16000, help="largest N (default 16000)")
    parser.add_argument("--repeats", type=int, default=3, help="runs per figure; the best is kept")
    parser.add_argument("--only", nargs="*", default=None, help="run only the inputs whose name contains one of these words")
    args = parser.parse_args(argv)
    analyser = Analyser(load_lexicon())
    sizes = []
    n = args.min
    while n <= args.max:
        sizes.append(n)
        n *= 2
    print("| input | " + " | ".join(f"N={n:,}" for n in sizes) + " | ratio largest/smallest |")
    print("|---|" + "---|" * (len(sizes) + 1))
    for name, unit in UNITS.items():
        if args.only and not any(word in name for word in args.only):
            continue
        times = []
        for n in sizes:
            times.append(per_repetition(analyser, unit, n, repeats=args.repeats))
            print(f"{name}: N={n} {times[-1] * 1e6:.1f} µs", file=sys.stderr)
        cells = " | ".join(f"{t * 1e6:.0f} µs" for t in times)
        print(f"| {name} | {cells} | {times[-1] / times[0]:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
