"""What a letter says in its own language besides its template: dates, amounts, the dispute's reason and what we
want, the timeline's events, exhibit kinds, recipients, and the labels of the letter's frame (reference line,
exhibit list, page numbers). English, Russian and Chinese, each written as a native writer would put it."""

from __future__ import annotations

from datetime import date

from desk.models import DisputeEventKind, DisputeReason, DisputeWant, EvidenceKind, PaymentMethod
from desk.money import Money

LANGS = ("en", "ru", "zh")
LANG_NAMES = {"en": "English", "ru": "Русский", "zh": "中文"}  # each in itself, as the window offers them
LANG_ENGLISH = {"en": "English", "ru": "Russian", "zh": "Chinese"}  # as an English message names them
_LOCALES = {"en": "en_GB", "ru": "ru_RU", "zh": "zh_CN"}

R, W, E, K = DisputeReason, DisputeWant, DisputeEventKind, EvidenceKind

# The dispute's reason as a clause that follows "because" / "поскольку" / "由于".
REASONS: dict[str, dict[DisputeReason, str]] = {
    "en": {
        R.NOT_RECEIVED: "the goods were not received",
        R.NOT_AS_DESCRIBED: "the goods are not as described",
        R.DAMAGED: "the goods arrived damaged",
        R.WRONG_ITEM: "a different item was delivered",
        R.WRONG_QUANTITY: "fewer items were delivered than were ordered",
        R.NOT_SHIPPED_IN_TIME: "the goods were not shipped in time",
        R.SELLER_FRAUD: "the seller acted fraudulently",
        R.OTHER: "of the problem with the order set out below",
    },
    "ru": {
        R.NOT_RECEIVED: "товар не получен",
        R.NOT_AS_DESCRIBED: "товар не соответствует описанию",
        R.DAMAGED: "товар пришёл повреждённым",
        R.WRONG_ITEM: "прислан не тот товар",
        R.WRONG_QUANTITY: "количество товара не соответствует заказу",
        R.NOT_SHIPPED_IN_TIME: "товар не был отправлен в срок",
        R.SELLER_FRAUD: "продавец действовал недобросовестно",
        R.OTHER: "с заказом возникла проблема, описанная ниже",
    },
    "zh": {
        R.NOT_RECEIVED: "我方未收到货物",
        R.NOT_AS_DESCRIBED: "货物与商品描述不符",
        R.DAMAGED: "货物到货时已损坏",
        R.WRONG_ITEM: "卖家发错了货",
        R.WRONG_QUANTITY: "实收数量与订单不符",
        R.NOT_SHIPPED_IN_TIME: "卖家未按时发货",
        R.SELLER_FRAUD: "卖家存在欺诈行为",
        R.OTHER: "订单存在下文所述的问题",
    },
}

# What we ask for, as the object of "we ask for" / "мы просим" / "要求".
WANTS: dict[str, dict[DisputeWant, str]] = {
    "en": {W.REFUND: "a refund (we keep the goods)", W.RETURN_REFUND: "the return of the goods and a full refund"},
    "ru": {W.REFUND: "возврат денег без возврата товара", W.RETURN_REFUND: "возврат товара и полный возврат денег"},
    "zh": {W.REFUND: "仅退款（不退货）", W.RETURN_REFUND: "退货并全额退款"},
}

# The timeline's events; "rejected" is a decision that refunds nothing.
EVENTS: dict[str, dict[DisputeEventKind | str, str]] = {
    "en": {
        E.OPENED: "dispute opened, claim {amount}",
        E.SELLER_ANSWERED: "the seller answered",
        E.OFFER: "the seller offered {amount}",
        E.OFFER_ACCEPTED: "we accepted the seller's offer",
        E.OFFER_REJECTED: "we rejected the seller's offer",
        E.ESCALATED: "dispute escalated to the platform",
        E.DECIDED: "the platform decided: {amount} to be refunded",
        "rejected": "the platform rejected the claim",
        E.REFUND_SENT: "refund of {amount} sent",
        E.REFUND_RECEIVED: "refund of {amount} received",
        E.CLOSED: "dispute closed",
    },
    "ru": {
        E.OPENED: "открыт спор, сумма требования {amount}",
        E.SELLER_ANSWERED: "продавец ответил",
        E.OFFER: "продавец предложил {amount}",
        E.OFFER_ACCEPTED: "мы приняли предложение продавца",
        E.OFFER_REJECTED: "мы отклонили предложение продавца",
        E.ESCALATED: "спор передан на рассмотрение платформы",
        E.DECIDED: "решение платформы: вернуть {amount}",
        "rejected": "платформа отклонила требование",
        E.REFUND_SENT: "отправлен возврат {amount}",
        E.REFUND_RECEIVED: "получен возврат {amount}",
        E.CLOSED: "спор закрыт",
    },
    "zh": {
        E.OPENED: "发起纠纷，索赔金额 {amount}",
        E.SELLER_ANSWERED: "卖家回复",
        E.OFFER: "卖家提出退款 {amount}",
        E.OFFER_ACCEPTED: "我方接受卖家方案",
        E.OFFER_REJECTED: "我方拒绝卖家方案",
        E.ESCALATED: "纠纷升级至平台仲裁",
        E.DECIDED: "平台裁决：退款 {amount}",
        "rejected": "平台驳回了索赔",
        E.REFUND_SENT: "已发出退款 {amount}",
        E.REFUND_RECEIVED: "已收到退款 {amount}",
        E.CLOSED: "纠纷关闭",
    },
}

# Letter titles, for the timeline ("our formal demand") and the PDF's properties.
TITLES: dict[str, dict[str, str]] = {
    "en": {
        "seller_reminder": "reminder to the seller",
        "platform_complaint": "complaint to customer service",
        "platform_arbitration": "request for platform arbitration",
        "formal_demand": "formal demand",
        "adr_request": "proposal for mediation or arbitration",
        "lawyer_cover": "letter to counsel",
    },
    "ru": {
        "seller_reminder": "напоминание продавцу",
        "platform_complaint": "жалоба в службу поддержки",
        "platform_arbitration": "обращение в арбитраж платформы",
        "formal_demand": "претензия",
        "adr_request": "предложение о медиации или арбитраже",
        "lawyer_cover": "письмо юристу",
    },
    "zh": {
        "seller_reminder": "致卖家提醒函",
        "platform_complaint": "客服投诉函",
        "platform_arbitration": "平台仲裁申请",
        "formal_demand": "正式索赔函",
        "adr_request": "调解或仲裁提议函",
        "lawyer_cover": "致律师函",
    },
}

KINDS: dict[str, dict[EvidenceKind, str]] = {
    "en": {
        K.PHOTO: "photo", K.VIDEO: "video", K.CHAT: "chat", K.EMAIL: "e-mail", K.PAYMENT_PROOF: "proof of payment",
        K.TRACKING: "tracking", K.INVOICE: "invoice", K.SCREENSHOT: "screenshot", K.DOCUMENT: "document",
        K.OTHER: "file",
    },
    "ru": {
        K.PHOTO: "фото", K.VIDEO: "видео", K.CHAT: "переписка", K.EMAIL: "эл. письмо",
        K.PAYMENT_PROOF: "подтверждение оплаты", K.TRACKING: "трекинг", K.INVOICE: "счёт",
        K.SCREENSHOT: "снимок экрана", K.DOCUMENT: "документ", K.OTHER: "файл",
    },
    "zh": {
        K.PHOTO: "照片", K.VIDEO: "视频", K.CHAT: "聊天记录", K.EMAIL: "电子邮件", K.PAYMENT_PROOF: "付款凭证",
        K.TRACKING: "物流记录", K.INVOICE: "发票", K.SCREENSHOT: "截图", K.DOCUMENT: "文件", K.OTHER: "文件",
    },
}  # fmt: skip

METHODS: dict[str, dict[PaymentMethod, str]] = {
    "en": {PaymentMethod.CARD: "card", PaymentMethod.DEBIT_CARD: "debit card", PaymentMethod.BALANCE: "balance"},
    "ru": {
        PaymentMethod.CARD: "банковская карта",
        PaymentMethod.DEBIT_CARD: "дебетовая карта",
        PaymentMethod.BALANCE: "баланс аккаунта",
        PaymentMethod.WIRE: "банковский перевод",
    },
    "zh": {
        PaymentMethod.CARD: "银行卡",
        PaymentMethod.DEBIT_CARD: "借记卡",
        PaymentMethod.BALANCE: "账户余额",
        PaymentMethod.WIRE: "银行转账",
        PaymentMethod.ALIPAY: "支付宝",
        PaymentMethod.WECHAT_PAY: "微信支付",
    },
}

# Who a letter goes to, by rung code (else by audience); {platform} and {supplier} are filled in.
RECIPIENTS: dict[str, dict[str, list[str]]] = {
    "en": {
        "seller": ["{supplier}", "Seller on {platform}"],
        "platform_complaint": ["{platform}", "Customer Service"],
        "platform": ["{platform}", "Dispute Resolution"],
        "counsel": ["Our legal counsel"],
    },
    "ru": {
        "seller": ["{supplier}", "Продавец на площадке {platform}"],
        "platform_complaint": ["{platform}", "Служба поддержки покупателей"],
        "platform": ["{platform}", "Отдел разрешения споров"],
        "counsel": ["Юридическому консультанту"],
    },
    "zh": {
        "seller": ["{supplier}", "{platform} 平台卖家"],
        "platform_complaint": ["{platform}", "客户服务中心"],
        "platform": ["{platform}", "纠纷处理部"],
        "counsel": ["法律顾问"],
    },
}

# The frame of the letter and the phrases fields are built from.
LABELS: dict[str, dict[str, str]] = {
    "en": {
        "order": "Order {order_no}, line {line_no}",
        "case": "platform dispute {case_no}",
        "ours": "our ref. dispute {dispute_id}",
        "exhibits": "Exhibits",
        "label": "Exhibit",
        "what": "Description",
        "file": "File",
        "page": "Page {n} of {m}",
        "none": "—",
        "not_assigned": "(no number yet)",
        "not_delivered": "not delivered",
        "pieces": "{qty} pcs",
        "sku": "SKU {sku}",
        "enclose_one": "We enclose {labels}, described at the end of this letter.",
        "enclose_many": "We enclose {labels}, listed with descriptions at the end of this letter.",
        "enclose_none": "We will provide supporting documents on request.",
        "one": "Exhibit {labels}",
        "many": "Exhibits {labels}",
        "and": " and ",
        "sep": ", ",
        "letter": "our {title}",
        "reply": "reply by {date}",
        "aside": " ({})",
    },
    "ru": {
        "order": "Заказ № {order_no}, позиция {line_no}",
        "case": "спор на площадке № {case_no}",
        "ours": "наш номер спора {dispute_id}",
        "exhibits": "Приложения",
        "label": "Приложение",
        "what": "Описание",
        "file": "Файл",
        "page": "Стр. {n} из {m}",
        "none": "—",
        "not_assigned": "(номер ещё не присвоен)",
        "not_delivered": "не доставлен",
        "pieces": "{qty} шт.",
        "sku": "артикул {sku}",
        "enclose_one": "К письму прилагается {labels}; его описание приведено в конце письма.",
        "enclose_many": "К письму прилагаются {labels}; их перечень с описанием приведён в конце письма.",
        "enclose_none": "Подтверждающие документы предоставим по запросу.",
        "one": "приложение {labels}",
        "many": "приложения {labels}",
        "and": " и ",
        "sep": ", ",
        "letter": "наше письмо: {title}",
        "reply": "срок ответа до {date}",
        "aside": " ({})",
    },
    "zh": {
        "order": "订单号 {order_no}，第 {line_no} 项",
        "case": "平台纠纷编号 {case_no}",
        "ours": "我方案件编号 {dispute_id}",
        "exhibits": "附件清单",
        "label": "附件",
        "what": "说明",
        "file": "文件名",
        "page": "第 {n} 页，共 {m} 页",
        "none": "—",
        "not_assigned": "（尚无编号）",
        "not_delivered": "未送达",
        "pieces": "共 {qty} 件",
        "sku": "SKU：{sku}",
        "enclose_one": "随函附上{labels}，附件说明见本函末尾。",
        "enclose_many": "随函附上{labels}，附件清单及说明见本函末尾。",
        "enclose_none": "如需证明材料，我方可应要求提供。",
        "one": "附件 {labels}",
        "many": "附件 {labels}",
        "and": "、",
        "sep": "、",
        "letter": "我方{title}",
        "reply": "答复期限 {date}",
        "aside": "（{}）",
    },
}


# Each language named in each letter language, as "the original language: …" names it.
LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "en": {"en": "English", "ru": "Russian", "zh": "Chinese"},
    "ru": {"en": "английский", "ru": "русский", "zh": "китайский"},
    "zh": {"en": "英文", "ru": "俄文", "zh": "中文"},
}

# What the letter says where it quotes the user's own words written in another language, and how it names its own
# earlier letters among the exhibits.
QUOTED: dict[str, dict[str, str]] = {
    "en": {
        "statement": "Statement of the buyer (original language: {language}):",
        "as_recorded": "Descriptions are given as recorded (original language: {language}).",
        "our_letter": "Our {title} ({language} version), sent on {date}",
    },
    "ru": {
        "statement": "Заявление покупателя (язык оригинала: {language}):",
        "as_recorded": "Описания приведены так, как они записаны (язык оригинала: {language}).",
        "our_letter": "Наше письмо: {title} (версия на языке: {language}), отправлено {date}",
    },
    "zh": {
        "statement": "买方陈述（原文语言：{language}）：",
        "as_recorded": "附件说明按原始记录列出（原文语言：{language}）。",
        "our_letter": "我方{title}（{language}版），发出日期 {date}",
    },
}


def written_in(text: str) -> str | None:
    """Which of the letter languages `text` is written in, by its script: Chinese characters, Cyrillic or Latin
    letters (Latin is taken for English: the letters are written in no other Latin-script language). A Chinese
    character weighs as a word, three letters. None for text without letters."""
    weights = {"zh": 0, "ru": 0, "en": 0}
    for char in text:
        if "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf":
            weights["zh"] += 3
        elif "\u0400" <= char <= "\u04ff":
            weights["ru"] += 1
        elif (char.isascii() and char.isalpha()) or "\u00c0" <= char <= "\u024f":
            weights["en"] += 1
    found = max(weights, key=lambda lang: weights[lang])
    return found if weights[found] else None


def quoted(text: str, lang: str) -> str:
    """The user's own statement as the letter shows it: marked with its language when that is not the letter's."""
    source = written_in(text)
    if not text.strip() or source is None or source == lang:
        return text
    return QUOTED[lang]["statement"].format(language=LANGUAGE_NAMES[lang][source]) + "\n" + text


def check_lang(lang: str) -> str:
    from desk.errors import DeskError

    if lang not in LANGS:
        from desk.language import words

        raise DeskError(words.tr("unknown letter language {0!r}; known: {1}").format(lang, ", ".join(LANGS)))
    return lang


def day(on: date | None, lang: str) -> str:
    """A date as a letter writes it: 23 November 2026, 23 ноября 2026 г., 2026年11月23日."""
    if on is None:
        return LABELS[lang]["none"]
    from babel.dates import format_date

    # Babel puts a narrow no-break space before "г."; ReportLab breaks lines there ("2026" / "г."), not at U+00A0.
    return str(format_date(on, "long", locale=_LOCALES[lang])).replace("\u202f", "\u00a0")


def money(amount: Money, lang: str) -> str:
    """An amount with its ISO code, grouped as the language groups digits: 1,234.56 USD, 1 234,56 USD."""
    from babel.numbers import format_currency

    return str(
        format_currency(
            amount.amount, amount.currency, format="#,##0.00 ¤¤", locale=_LOCALES[lang], decimal_quantization=False
        )
    )


def listing(items: list[str], lang: str) -> str:
    """`A`, `A and B`, `A, B and C` in the language."""
    words = LABELS[lang]
    if len(items) <= 1:
        return "".join(items)
    if lang == "zh":
        return words["sep"].join(items)
    return words["sep"].join(items[:-1]) + words["and"] + items[-1]


def method(payment: PaymentMethod, lang: str) -> str:
    return METHODS[lang].get(payment, payment.label)
