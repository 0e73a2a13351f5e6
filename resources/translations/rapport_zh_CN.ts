<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddressDialog</name>
    <message>
        <source>Edit address</source>
        <translation>编辑地址</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>添加地址</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region or state</source>
        <translation>省/州</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Address: fill in at least one of street, city, region, postcode or country.</source>
        <translation>地址：请至少填写街道、城市、省/州、邮编或国家/地区中的一项。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Rapport backs up by itself when your data changed, and before anything that cannot be taken back. Backups are kept a week daily, a month weekly and a year monthly; the ones you make are kept.</source>
        <translation>数据有变化时，以及在任何无法撤回的操作之前，Rapport 会自动备份。一周内每天保留一份，一个月内每周一份，一年内每月一份；你手动做的备份一直保留。</translation>
    </message>
    <message>
        <source>Backups of the team&apos;s database are made with pg_dump when you ask. A backup is put back into a new, empty database from the command line: rapport --db URL restore FILE. Restoring over the database in use is not offered here.</source>
        <translation>团队数据库的备份在您需要时用 pg_dump 制作。备份只能在命令行中恢复到一个新的空数据库：rapport --db URL restore FILE。这里不提供覆盖正在使用的数据库的恢复。</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>备份已保存：{path}</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Put back the backup of {when}?

Everything changed since then is replaced. What you have now is backed up first, so you can come back to it from this list.</source>
        <translation>恢复 {when} 的备份？

此后的所有改动都会被替换。现在的数据会先备份，之后仍可从这个列表中找回。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>The backup of {when} is back. What you had is in {path}.</source>
        <translation>已恢复 {when} 的备份。原来的数据保存在 {path}。</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>made by you</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>before undoing an import</source>
        <translation>撤销导入之前</translation>
    </message>
    <message>
        <source>before deleting for good</source>
        <translation>永久删除之前</translation>
    </message>
    <message>
        <source>before emptying the trash</source>
        <translation>清空回收站之前</translation>
    </message>
    <message>
        <source>before merging two customers</source>
        <translation>合并两位客户之前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <source>before an update of Rapport</source>
        <translation>Rapport 升级之前</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>{why} (dated in the future: the computer&apos;s clock was ahead)</source>
        <translation>{why}（日期在未来：当时电脑时钟偏快）</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Call {name}</source>
        <translation>呼叫{name}</translation>
    </message>
    <message>
        <source>No app on this computer makes phone calls. &lt;b&gt;{number}&lt;/b&gt; is copied: paste it into your phone, or scan this code with the phone&apos;s camera to dial it.</source>
        <translation>这台电脑上没有可以拨打电话的应用。&lt;b&gt;{number}&lt;/b&gt; 已复制：可粘贴到手机中，或用手机相机扫描此二维码拨号。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>已被其他人修改</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>{who} saved {name} ({when}) after you opened it. Choose, for each field, the value to keep; nothing is saved until you do.</source>
        <translation>在你打开之后，{who} 保存了 {name}（{when}）。请为每个字段选择要保留的值；在你选择之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>你的</translation>
    </message>
    <message>
        <source>Theirs ({who})</source>
        <translation>对方的（{who}）</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>全部保留我的</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>全部采用对方的</translation>
    </message>
    <message>
        <source>Save my choice</source>
        <translation>保存我的选择</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <source>Add to group…</source>
        <translation>加入分组…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Restore from trash</source>
        <translation>从回收站恢复</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <source>Mark as lost…</source>
        <translation>标记为流失…</translation>
    </message>
    <message>
        <source>Won back (active again)</source>
        <translation>已挽回（重新活跃）</translation>
    </message>
    <message>
        <source>Set tier</source>
        <translation>设置等级</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>加入分组</translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to the group (type a new name to make one):</source>
        <translation>
            <numerusform>将 %n 位联系人加入分组（输入新名称即可新建分组）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) for good, with their notes, history and purchases?</source>
        <translation>
            <numerusform>永久删除 %n 位联系人及其笔记、往来记录和购买记录？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <source>Delete every contact in the trash for good?</source>
        <translation>永久删除回收站中的所有联系人？</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>标记为流失</translation>
    </message>
    <message>
        <source>Why was the customer lost?</source>
        <translation>客户为什么流失了？</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <source>Search names, organisations, phones, emails, notes…</source>
        <translation>搜索姓名、公司、电话、邮箱、笔记…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 位联系人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Choose a contact</source>
        <translation>选择联系人</translation>
    </message>
    <message>
        <source>Type a name, organisation or phone…</source>
        <translation>输入姓名、公司或电话…</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次联系</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Lost customer</source>
        <translation>已流失的客户</translation>
    </message>
</context>
<context>
    <name>CustomFieldsModel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>CustomFieldsSection</name>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Add field…</source>
        <translation>添加字段…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <source>Name of the field:</source>
        <translation>字段名称：</translation>
    </message>
    <message>
        <source>Value of “{name}”:</source>
        <translation>“{name}”的值：</translation>
    </message>
</context>
<context>
    <name>CustomerFile</name>
    <message>
        <source>Choose a customer on the left to see their file.</source>
        <translation>在左侧选择一位客户，查看其档案。</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>History</source>
        <translation>往来记录</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>话术库</translation>
    </message>
    <message>
        <source>No customer matches the search. Clear it to see them all.</source>
        <translation>没有符合搜索的客户。清空搜索即可看到全部客户。</translation>
    </message>
    <message>
        <source>No customers in this list. Import your phone&apos;s contacts (File → Import contacts…) or add one (Customers → New customer…).</source>
        <translation>此列表中没有客户。请导入手机通讯录（文件 → 导入联系人…）或新建一位（客户 → 新建客户…）。</translation>
    </message>
</context>
<context>
    <name>DayColumn</name>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>{n} / {capacity}</source>
        <translation>{n} / {capacity}</translation>
    </message>
    <message>
        <source>{n} planned, up to {capacity} a day</source>
        <translation>已安排 {n} 个，每天最多 {capacity} 个</translation>
    </message>
    <message>
        <source>Carried over to week {n}</source>
        <translation>顺延到第 {n} 周</translation>
    </message>
    <message>
        <source>More than the week holds: they are on next week&apos;s plan. Drag one onto a day to plan it this week</source>
        <translation>超出本周容量：已列入下周计划。拖到某一天可在本周安排</translation>
    </message>
</context>
<context>
    <name>DeskOpener</name>
    <message>
        <source>Greetings desk…</source>
        <translation>问候台…</translation>
    </message>
    <message>
        <source>Greetings for an occasion, each in the customer&apos;s own language</source>
        <translation>为节日或生日准备问候，每位客户用其自己的语言</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>查找重复客户</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>不是同一个人</translation>
    </message>
    <message>
        <source>Customers who share a phone number or an email, the likeliest first; then, as weaker suggestions, customers who only share their name (“Why” says what else they share and what differs). Merging keeps one customer with everything both had; a backup is made first.</source>
        <translation>共用电话号码或邮箱的客户，最可能的排在前面；其后是仅姓名相同的客户，作为较弱的建议（“原因”一栏说明他们还有哪些相同、哪些不同）。合并后保留一位客户，拥有双方的全部信息；合并前会先备份。</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复客户…</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>%n 组可能重复。</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>没有发现重复客户。</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <source>{other} was merged into {keep}.</source>
        <translation>已将 {other} 合并到 {keep}。</translation>
    </message>
    <message>
        <source>{a} and {b} are two people; they are not suggested again.</source>
        <translation>{a} 和 {b} 是两个人，以后不再提示。</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <source>names differ</source>
        <translation>姓名不同</translation>
    </message>
    <message>
        <source>same phone {number}</source>
        <translation>电话相同 {number}</translation>
    </message>
    <message>
        <source>same email {address}</source>
        <translation>邮箱相同 {address}</translation>
    </message>
    <message>
        <source>same organisation {name}</source>
        <translation>公司相同 {name}</translation>
    </message>
    <message>
        <source>different phones</source>
        <translation>电话不同</translation>
    </message>
    <message>
        <source>different emails</source>
        <translation>邮箱不同</translation>
    </message>
    <message>
        <source>different organisations</source>
        <translation>公司不同</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Edit email</source>
        <translation>编辑邮箱</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>添加邮箱</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <source>Email address: please type the address.</source>
        <translation>邮箱地址：请输入地址。</translation>
    </message>
    <message>
        <source>Email address: “{address}” has no @; an address looks like name@example.com.</source>
        <translation>邮箱地址：“{address}”中没有 @；邮箱地址的格式如 name@example.com。</translation>
    </message>
    <message>
        <source>Email address: “{address}” is not complete; an address looks like name@example.com.</source>
        <translation>邮箱地址：“{address}”不完整；邮箱地址的格式如 name@example.com。</translation>
    </message>
</context>
<context>
    <name>EmptyToday</name>
    <message>
        <source>Import contacts…</source>
        <translation>导入联系人…</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <source>Give tiers in Customers</source>
        <translation>在“客户”中设置等级</translation>
    </message>
    <message>
        <source>Suggested tiers (80/20)</source>
        <translation>建议等级（80/20）</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your customer file is empty.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import your phone&apos;s address book (vCard or CSV) or add a customer. Then give the ones who matter a tier: each morning this page tells you whom to call.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;客户档案还是空的。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;导入手机通讯录（vCard 或 CSV），或新建客户。然后给重要的客户设置等级：每天早上这里会告诉你该联系谁。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nobody is due: none of your customers has a tier yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Give each customer who matters a tier, A to D: each tier has a cadence (A every week, D every three months by default), and a customer comes back here when a call is due.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;没有到期的客户：你的客户都还没有等级。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;给每位重要的客户设置 A 到 D 的等级：每个等级都有联系周期（默认 A 每周一次，D 每三个月一次），到了该联系的时候客户就会出现在这里。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nobody to call today. Well done!</source>
        <translation>今天没有要联系的人，干得好！</translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message>
        <source>Visit with {name} logged.</source>
        <translation>已记录对 {name} 的拜访。</translation>
    </message>
    <message>
        <source>Call with {name} logged.</source>
        <translation>已记录与 {name} 的通话。</translation>
    </message>
    <message>
        <source>{name} snoozed until {day}.</source>
        <translation>{name} 已推迟到 {day} 再提醒。</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Log call</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <source>Snooze ▾</source>
        <translation>稍后提醒 ▾</translation>
    </message>
    <message>
        <source>Copy greeting</source>
        <translation>复制祝福语</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>拨打</translation>
    </message>
    <message>
        <source>Log the call: what was said, what came of it, when to call again ({key})</source>
        <translation>记录通话：谈了什么、结果如何、何时再联系（{key}）</translation>
    </message>
    <message>
        <source>Take it off the list until a later day ({key})</source>
        <translation>暂时移出列表，到以后某天再提醒（{key}）</translation>
    </message>
    <message>
        <source>Copy the greeting, to send it ({key})</source>
        <translation>复制祝福语，以便发送（{key}）</translation>
    </message>
    <message>
        <source>Copy the number ({key})</source>
        <translation>复制号码（{key}）</translation>
    </message>
    <message>
        <source>Call with your phone app ({key})</source>
        <translation>用手机或电话应用拨打（{key}）</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>e.g. Spring product launch</source>
        <translation>例如：春季新品发布会</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Give the event a name.</source>
        <translation>请给活动起个名称。</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>Lecture</source>
        <translation>讲座</translation>
    </message>
    <message>
        <source>Member day</source>
        <translation>会员日</translation>
    </message>
    <message>
        <source>Product launch</source>
        <translation>新品发布会</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>晚宴</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已谢绝</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>已出席</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到场</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
</context>
<context>
    <name>EventsOpener</name>
    <message>
        <source>Events…</source>
        <translation>活动…</translation>
    </message>
    <message>
        <source>Lectures, member days, launches and dinners: invitations, answers, and whether the event paid</source>
        <translation>讲座、会员日、发布会和晚宴：邀请、回复，以及活动是否带来了回报</translation>
    </message>
</context>
<context>
    <name>EventsWindow</name>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>邀请…</translation>
    </message>
    <message>
        <source>Invitations…</source>
        <translation>邀请函…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>打印地址标签…</translation>
    </message>
    <message>
        <source>Set the chosen guests to:</source>
        <translation>将所选宾客设为：</translation>
    </message>
    <message>
        <source>No event yet: New event… makes one, then Invite… fills its guest list.</source>
        <translation>还没有活动：用“新建活动…”创建一个，再用“邀请…”填写宾客名单。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) invited.</source>
        <translation>
            <numerusform>已邀请 %n 位客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: {guests} guests for {places} places ({over} more than there are places); some may decline.</source>
        <translation>注意：{places} 个名额邀请了 {guests} 位宾客（多出 {over} 位）；可能有人会谢绝。</translation>
    </message>
    <message>
        <source>Choose one or more guests first.</source>
        <translation>请先选择一位或几位宾客。</translation>
    </message>
    <message>
        <source>{result} guest(s): {status}</source>
        <translation>{result} 位宾客：{status}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>vCard 3.0 — phones, iPhone, Google, Outlook</source>
        <translation>vCard 3.0 — 手机、iPhone、Google、Outlook</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>CSV — Excel, Google Contacts</source>
        <translation>CSV — Excel、Google 通讯录</translation>
    </message>
    <message>
        <source>JSON — everything Rapport keeps</source>
        <translation>JSON — Rapport 保存的全部信息</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Also customers in the trash</source>
        <translation>包括回收站中的客户</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Group: {name} ({n})</source>
        <translation>分组：{name}（{n}）</translation>
    </message>
    <message>
        <source>{kind} files (*.{suffix})</source>
        <translation>{kind} 文件 (*.{suffix})</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>FieldsSection</name>
    <message>
        <source>YYYY-MM-DD, or --MM-DD without the year</source>
        <translation>YYYY-MM-DD，不知道年份时写 --MM-DD</translation>
    </message>
    <message>
        <source>zh, es or en: the language of greetings</source>
        <translation>zh、es 或 en：祝福语的语言</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>联系人需要有名称。</translation>
    </message>
    <message>
        <source>Not saved: {who} changed this after you opened it.</source>
        <translation>未保存：在你打开之后，{who} 修改了此项。</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Choose files</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>vCard (.vcf) files from phones and address books, or CSV files from Outlook, Google, Thunderbird or a spreadsheet. Several files are imported together.</source>
        <translation>手机和通讯录导出的 vCard（.vcf）文件，或 Outlook、Google、Thunderbird、电子表格导出的 CSV 文件。可以一次导入多个文件。</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Every .vcf and .csv file in a folder and its subfolders</source>
        <translation>文件夹及其子文件夹中的所有 .vcf 和 .csv 文件</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>Contact files ({patterns});;All files (*)</source>
        <translation>联系人文件 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a folder of contacts</source>
        <translation>导入一个联系人文件夹</translation>
    </message>
</context>
<context>
    <name>FollowUpSection</name>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>as the tier says</source>
        <translation>按等级设定</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Call every</source>
        <translation>联系周期</translation>
    </message>
    <message>
        <source>Sales stage</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次联系</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <source>no cadence set</source>
        <translation>未设联系周期</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Lost on {day} ({reason})</source>
        <translation>{day} 流失（{reason}）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>初次接触</translation>
    </message>
    <message>
        <source>Needs identified</source>
        <translation>需求已明确</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>洽谈中</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>After-sale</source>
        <translation>售后</translation>
    </message>
</context>
<context>
    <name>GreetingsDesk</name>
    <message>
        <source>Greetings desk</source>
        <translation>问候台</translation>
    </message>
    <message>
        <source>Choose a customer to read and edit their greeting.</source>
        <translation>选择一位客户，查看并修改给他的问候。</translation>
    </message>
    <message>
        <source>your name, as customers know it</source>
        <translation>客户熟悉的您的称呼</translation>
    </message>
    <message>
        <source>How greetings are signed: the {sender} of the templates</source>
        <translation>问候的署名：模板中的 {sender}</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>署名：</translation>
    </message>
    <message>
        <source>Writing the greetings…</source>
        <translation>正在生成问候…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer fits this choice.</source>
        <translation>没有符合条件的客户。</translation>
    </message>
    <message>
        <source>To {name}, in {language}:</source>
        <translation>致{name}（{language}）：</translation>
    </message>
</context>
<context>
    <name>GreetingsModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸质</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
</context>
<context>
    <name>GuestsModel</name>
    <message>
        <source>Guest</source>
        <translation>宾客</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Invited on</source>
        <translation>邀请日期</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>关于 Rapport</translation>
    </message>
    <message>
        <source>The guide (README.md) is not installed with this copy of Rapport.</source>
        <translation>此 Rapport 副本未安装使用指南（README.md）。</translation>
    </message>
    <message>
        <source>Rapport guide</source>
        <translation>Rapport 使用指南</translation>
    </message>
    <message>
        <source>In Today and the week plan: log a call</source>
        <translation>在“今日”和周计划中：记录通话</translation>
    </message>
    <message>
        <source>In Today and the week plan: snooze</source>
        <translation>在“今日”和周计划中：稍后提醒</translation>
    </message>
    <message>
        <source>In Today: call</source>
        <translation>在“今日”中：拨打电话</translation>
    </message>
    <message>
        <source>In Today: copy the number</source>
        <translation>在“今日”中：复制号码</translation>
    </message>
    <message>
        <source>In Today: copy the greeting</source>
        <translation>在“今日”中：复制祝福语</translation>
    </message>
    <message>
        <source>In Today: open the customer&apos;s file</source>
        <translation>在“今日”中：打开客户档案</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <source>The log is in {folder}</source>
        <translation>日志位于 {folder}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rapport {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A customer file for one salesperson: who to call today, and why.&lt;/p&gt;&lt;p&gt;Store: {store}&lt;br&gt;Log: {log}&lt;/p&gt;&lt;p&gt;Qt {qt}, PySide6 {pyside}. GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rapport {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;为一名销售员打造的客户档案：今天该给谁打电话，为什么。&lt;/p&gt;&lt;p&gt;数据库：{store}&lt;br&gt;日志：{log}&lt;/p&gt;&lt;p&gt;Qt {qt}，PySide6 {pyside}。GPL-3.0 或更高版本。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Log…</source>
        <translation>记录…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Edit this entry</source>
        <translation>编辑此条记录</translation>
    </message>
    <message>
        <source>Delete this entry from {when}?</source>
        <translation>删除 {when} 的这条记录？</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>显示为</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>称谓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>中间名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>后缀</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Given name (phonetic)</source>
        <translation>名字（拼音）</translation>
    </message>
    <message>
        <source>Family name (phonetic)</source>
        <translation>姓氏（拼音）</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Greets in</source>
        <translation>祝福语言</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>纪念日</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Name shown</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>中间名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>称谓</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>后缀</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Given name (phonetic)</source>
        <translation>名字（拼音）</translation>
    </message>
    <message>
        <source>Family name (phonetic)</source>
        <translation>姓氏（拼音）</translation>
    </message>
    <message>
        <source>Sort as</source>
        <translation>排序依据</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>Birthday: year</source>
        <translation>生日：年</translation>
    </message>
    <message>
        <source>Birthday: month</source>
        <translation>生日：月</translation>
    </message>
    <message>
        <source>Birthday: day</source>
        <translation>生日：日</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Address (whole)</source>
        <translation>地址（完整）</translation>
    </message>
    <message>
        <source>Address: street</source>
        <translation>地址：街道</translation>
    </message>
    <message>
        <source>Address: city</source>
        <translation>地址：城市</translation>
    </message>
    <message>
        <source>Address: region</source>
        <translation>地址：省/州</translation>
    </message>
    <message>
        <source>Address: postcode</source>
        <translation>地址：邮编</translation>
    </message>
    <message>
        <source>Address: country</source>
        <translation>地址：国家</translation>
    </message>
    <message>
        <source>Address: PO box</source>
        <translation>地址：邮政信箱</translation>
    </message>
    <message>
        <source>Address: extra line</source>
        <translation>地址：附加行</translation>
    </message>
    <message>
        <source>Address: as written</source>
        <translation>地址：原样</translation>
    </message>
    <message>
        <source>Dated event</source>
        <translation>有日期的事件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>电话标签</translation>
    </message>
    <message>
        <source>Email label</source>
        <translation>邮箱标签</translation>
    </message>
    <message>
        <source>Website label</source>
        <translation>网站标签</translation>
    </message>
    <message>
        <source>Address label</source>
        <translation>地址标签</translation>
    </message>
    <message>
        <source>Event label</source>
        <translation>事件标签</translation>
    </message>
    <message>
        <source>Custom field name</source>
        <translation>自定义字段名称</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <source>Past imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>撤销这次导入…</translation>
    </message>
    <message>
        <source>Undoing an import removes the customers it added and what it added to customers you already had. A backup is made first.</source>
        <translation>撤销导入会删除它新增的客户，以及它给已有客户添加的内容。撤销前会先备份。</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>还没有导入过任何文件。</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo the import of {when} ({files})?

Its {added} new customers are removed, and what it added to {merged} customers you already had.</source>
        <translation>撤销 {when} 的导入（{files}）？

将删除它新增的 {added} 位客户，以及它给 {merged} 位已有客户添加的内容。</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>正在撤销…</translation>
    </message>
    <message numerus="yes">
        <source>Import of {when} undone: %Ln customer(s) removed.</source>
        <translation>
            <numerusform>已撤销 {when} 的导入：删除了 %Ln 位客户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportsModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>in the store</source>
        <translation>已在库中</translation>
    </message>
</context>
<context>
    <name>InteractionKinds</name>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>送礼</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message>
        <source>Invitations to {event}</source>
        <translation>{event}的邀请函</translation>
    </message>
    <message>
        <source>Copy (for WeChat)</source>
        <translation>复制（用于微信）</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <source>No guest yet: invite customers first.</source>
        <translation>还没有宾客：请先邀请客户。</translation>
    </message>
    <message>
        <source>Copied: paste it in WeChat, then mark it as sent.</source>
        <translation>已复制：粘贴到微信，然后标记为已发送。</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) logged as sent messages.</source>
        <translation>
            <numerusform>已将 %n 封邀请记为已发送的消息。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite to {event}</source>
        <translation>邀请参加{event}</translation>
    </message>
    <message>
        <source>Invite every customer who fits all of these:</source>
        <translation>邀请符合以下全部条件的客户：</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) chosen.</source>
        <translation>
            <numerusform>已选 %n 位客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invite %n</source>
        <translation>
            <numerusform>邀请 %n 位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgeSection</name>
    <message>
        <source>Knowing the person</source>
        <translation>了解客户</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Home fax</source>
        <translation>住宅传真</translation>
    </message>
    <message>
        <source>Work fax</source>
        <translation>工作传真</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>寻呼机</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Log a visit or call with {name}</source>
        <translation>记录对 {name} 的拜访或通话</translation>
    </message>
    <message>
        <source>Log call with {name}</source>
        <translation>记录与 {name} 的通话</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>通话(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>拜访(&amp;V)</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>聊了什么</translation>
    </message>
    <message>
        <source>What came of it: next step, order, no interest…</source>
        <translation>结果如何：下一步、下单、没兴趣…</translation>
    </message>
    <message>
        <source>Call again on</source>
        <translation>再次联系日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Log contact with {name}</source>
        <translation>记录与 {name} 的联系</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>聊了什么</translation>
    </message>
    <message>
        <source>What came of it: next step, order, no interest…</source>
        <translation>结果如何：下一步、下单、没兴趣…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>LostCustomersModel</name>
    <message>
        <source>Lost customer</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>流失日期</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Revenue lost</source>
        <translation>流失的收入</translation>
    </message>
    <message>
        <source>Other currencies</source>
        <translation>其他币种</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>LostGroupsModel</name>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Revenue lost</source>
        <translation>流失的收入</translation>
    </message>
    <message>
        <source>Other currencies</source>
        <translation>其他币种</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>无等级</translation>
    </message>
</context>
<context>
    <name>LostReasons</name>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>搬走了</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>no need</source>
        <translation>没有需求</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>LostTab</name>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Month lost</source>
        <translation>流失月份</translation>
    </message>
    <message>
        <source>Lost by reason</source>
        <translation>按原因统计流失</translation>
    </message>
    <message>
        <source>Lost by tier</source>
        <translation>按等级统计流失</translation>
    </message>
    <message>
        <source>Lost by month</source>
        <translation>按月份统计流失</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Win back…</source>
        <translation>挽回…</translation>
    </message>
    <message>
        <source>Open customer file</source>
        <translation>打开客户档案</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) lost; revenue lost (their last 12 months before leaving): {revenue}</source>
        <translation>
            <numerusform>流失客户 %Ln 位；流失的收入（离开前最后 12 个月）：{revenue}</numerusform>
        </translation>
    </message>
    <message>
        <source>Won back: {won} of {lost} losses ({rate} %): {reasons}</source>
        <translation>已挽回：{lost} 次流失中挽回 {won} 次（{rate}%）：{reasons}</translation>
    </message>
    <message>
        <source>{reason} {won} of {lost}</source>
        <translation>{reason} {lost} 中 {won}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>{n} lost customers. Select a row of the report above to list only its customers; double-click a customer to open their file.</source>
        <translation>流失客户 {n} 位。在上方报表中选中一行，只列出该行的客户；双击客户可打开其档案。</translation>
    </message>
    <message>
        <source>{shown} of {n} lost customers · {what}: {key}</source>
        <translation>{n} 位流失客户中的 {shown} 位 · {what}：{key}</translation>
    </message>
    <message>
        <source>Win back {name}? They become an active customer again: the reason and day they were lost are cleared, and the win is logged on their history.</source>
        <translation>挽回 {name}？该客户将重新成为活跃客户：流失原因和流失日期会被清除，挽回会记入往来记录。</translation>
    </message>
    <message>
        <source>Win back these {n} customers? They become active customers again: the reasons and days they were lost are cleared, and each win is logged on their history.</source>
        <translation>挽回这 {n} 位客户？他们将重新成为活跃客户：流失原因和流失日期会被清除，每次挽回都会记入各自的往来记录。</translation>
    </message>
    <message>
        <source>Win back</source>
        <translation>挽回</translation>
    </message>
    <message>
        <source>{n} customers are won back: active customers again.</source>
        <translation>已挽回 {n} 位客户：重新成为活跃客户。</translation>
    </message>
    <message>
        <source>The customer buys again: active once more, logged on their history</source>
        <translation>客户重新购买：恢复为活跃客户，并记入往来记录</translation>
    </message>
    <message>
        <source>, and in other currencies {amounts}</source>
        <translation>，另有其他币种 {amounts}</translation>
    </message>
    <message>
        <source>{name} is won back: an active customer again.</source>
        <translation>已挽回 {name}：重新成为活跃客户。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rapport — {name}</source>
        <translation>Rapport — {name}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Week plan</source>
        <translation>周计划</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Placing addresses on the map: {done} of {total}</source>
        <translation>正在把地址标到地图上：{done} / {total}</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>导入联系人…</translation>
    </message>
    <message>
        <source>Past imports…</source>
        <translation>导入记录…</translation>
    </message>
    <message>
        <source>Export customers…</source>
        <translation>导出客户…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>查找重复客户…</translation>
    </message>
    <message>
        <source>Products…</source>
        <translation>产品…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Choose whom first: an entry in Today or the week plan, or a customer in Customers.</source>
        <translation>请先选择对象：“今天”或“周计划”中的一条，或“客户”中的一位客户。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to {path}.</source>
        <translation>
            <numerusform>已导出 %Ln 位客户到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>备份已保存：{path}</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
</context>
<context>
    <name>MergeChoiceDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Which customer do you keep? The other one&apos;s numbers, emails, notes, history and purchases move to it, and then the other one is deleted.</source>
        <translation>保留哪一位客户？另一位的电话、邮箱、笔记、往来记录和购买记录都会转到这一位名下，然后删除另一位。</translation>
    </message>
    <message>
        <source>Reading both customers…</source>
        <translation>正在读取两位客户的资料…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>{other} is merged into {keep}, then deleted. A backup is made first.</source>
        <translation>{other} 将合并到 {keep}，然后被删除。合并前会先备份。</translation>
    </message>
    <message>
        <source>Phone numbers added: {items}</source>
        <translation>新增电话：{items}</translation>
    </message>
    <message>
        <source>Emails added: {items}</source>
        <translation>新增邮箱：{items}</translation>
    </message>
    <message>
        <source>Addresses added: {items}</source>
        <translation>新增地址：{items}</translation>
    </message>
    <message>
        <source>Websites added: {items}</source>
        <translation>新增网站：{items}</translation>
    </message>
    <message>
        <source>Groups added: {items}</source>
        <translation>新增分组：{items}</translation>
    </message>
    <message>
        <source>Custom fields added: {items}</source>
        <translation>新增自定义字段：{items}</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n 条往来记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n 条购买记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n 个跟进</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved over: {items}</source>
        <translation>转入：{items}</translation>
    </message>
    <message>
        <source>Filled in from {other}: {fields}</source>
        <translation>从 {other} 补全：{fields}</translation>
    </message>
    <message>
        <source>The photo of {other} is kept.</source>
        <translation>保留 {other} 的照片。</translation>
    </message>
    <message>
        <source>Tier becomes {tier}.</source>
        <translation>等级改为 {tier}。</translation>
    </message>
    <message numerus="yes">
        <source>Contact every %n day(s).</source>
        <translation>
            <numerusform>每 %n 天联系一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Referred by {name}.</source>
        <translation>推荐人：{name}。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) referred by {other} are now referred by {keep}.</source>
        <translation>
            <numerusform>{other} 推荐的 %n 位客户改为由 {keep} 推荐。</numerusform>
        </translation>
    </message>
    <message>
        <source>{other} holds nothing that {keep} does not have already.</source>
        <translation>{other} 没有 {keep} 所缺的资料。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>中间名</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>称谓</translation>
    </message>
    <message>
        <source>suffix</source>
        <translation>后缀</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>given name (phonetic)</source>
        <translation>名字（拼音）</translation>
    </message>
    <message>
        <source>family name (phonetic)</source>
        <translation>姓氏（拼音）</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>sales stage</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <source>personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>language of greetings</source>
        <translation>问候语言</translation>
    </message>
    <message>
        <source>lunar birthday</source>
        <translation>农历生日</translation>
    </message>
</context>
<context>
    <name>NeedsSection</name>
    <message>
        <source>Needs and pain points</source>
        <translation>需求与痛点</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>痛点</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>as you would dial it in {country}</source>
        <translation>按在{country}拨打的方式填写</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Saved as {number}</source>
        <translation>将保存为 {number}</translation>
    </message>
    <message>
        <source>Not a complete number for {country}; it is kept as typed. Start with + and the country code for another country.</source>
        <translation>对{country}来说不是完整号码，将按输入原样保存。其他国家的号码请以 + 和国家代码开头。</translation>
    </message>
    <message>
        <source>{names} already has this name and number. Save again to add another customer anyway.</source>
        <translation>{names} 已有相同的姓名和号码。再次保存仍会另加一位客户。</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新建笔记</translation>
    </message>
    <message>
        <source>Formatting, links and pictures</source>
        <translation>格式、链接和图片</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>置顶</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>下划线</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• 列表</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. 列表</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>链接…</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>图片…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Web or email address (https://…, mailto:…):</source>
        <translation>网址或邮箱地址（https://…、mailto:…）：</translation>
    </message>
    <message>
        <source>Insert picture</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>图片 ({patterns})</translation>
    </message>
    <message>
        <source>{path}: not a picture Rapport can read, or larger than 5 MB.</source>
        <translation>{path}：Rapport 无法读取该图片，或图片大于 5 MB。</translation>
    </message>
</context>
<context>
    <name>NoteView</name>
    <message>
        <source>Link not opened</source>
        <translation>未打开链接</translation>
    </message>
    <message>
        <source>Rapport opens only web and email links; this one is not:

{url}</source>
        <translation>Rapport 只打开网页和邮件链接，这个链接不是：

{url}</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>打开链接？</translation>
    </message>
    <message>
        <source>Open this link?

{url}</source>
        <translation>打开这个链接？

{url}</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>(picture)</source>
        <translation>（图片）</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Written by {who}</source>
        <translation>由 {who} 撰写</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>New note…</source>
        <translation>新建笔记…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>还没有笔记。</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>删除这条笔记？</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>OccasionBar</name>
    <message>
        <source>Templates…</source>
        <translation>模板…</translation>
    </message>
    <message>
        <source>New occasion…</source>
        <translation>新建场合…</translation>
    </message>
    <message>
        <source>Occasion:</source>
        <translation>场合：</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>Christmas</source>
        <translation>圣诞节</translation>
    </message>
    <message>
        <source>New Year</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>邀请</translation>
    </message>
</context>
<context>
    <name>OccasionDialog</name>
    <message>
        <source>New occasion</source>
        <translation>新建场合</translation>
    </message>
    <message>
        <source>Store anniversary, member day…</source>
        <translation>店庆、会员日…</translation>
    </message>
    <message>
        <source>No day</source>
        <translation>不固定日期</translation>
    </message>
    <message>
        <source>Every year on</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Once, on</source>
        <translation>仅一次</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Where the contacts go</source>
        <translation>导入到哪里</translation>
    </message>
    <message>
        <source>Contacts already in Rapport are matched by phone, email or the card&apos;s id and completed, never overwritten. Nothing is final: the import can be undone.</source>
        <translation>Rapport 中已有的联系人会按电话、邮箱或名片 ID 匹配并补全，绝不覆盖。导入可以撤销。</translation>
    </message>
    <message>
        <source>Add them to the group</source>
        <translation>加入分组</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are from</source>
        <translation>不带国家代码的号码所属地区</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>no group (type a name to make one)</source>
        <translation>不加入分组（输入名称即可新建）</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>Address labels (A4, 3 × 8)</source>
        <translation>地址标签（A4，3 × 8）</translation>
    </message>
    <message>
        <source>Envelopes (C6)</source>
        <translation>信封（C6）</translation>
    </message>
    <message>
        <source>Greeting cards (A6)</source>
        <translation>贺卡（A6）</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>打印地址标签</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>打印：</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved to {path}: %n customer(s).</source>
        <translation>
            <numerusform>已保存到 {path}：%n 位客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, no address: {names}</source>
        <translation>没有地址，未打印：{names}</translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <source>Suggested {tier}</source>
        <translation>建议 {tier}</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>{share} % of revenue</source>
        <translation>占收入的 {share}%</translation>
    </message>
    <message>
        <source>Customers ranked by revenue</source>
        <translation>按收入排名的客户</translation>
    </message>
    <message>
        <source>Customers ranked by revenue, {n} per bar</source>
        <translation>按收入排名的客户，每根柱 {n} 位</translation>
    </message>
    <message>
        <source>Revenue ({currency})</source>
        <translation>收入（{currency}）</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>No revenue in the window yet: the chart fills in as customers buy.</source>
        <translation>这段时间还没有收入：客户购买后图表会逐渐显示。</translation>
    </message>
</context>
<context>
    <name>ParetoModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>Current tier</source>
        <translation>当前等级</translation>
    </message>
    <message>
        <source>Suggested tier</source>
        <translation>建议等级</translation>
    </message>
    <message>
        <source>Suggested {new}, now {old}</source>
        <translation>建议 {new}，当前 {old}</translation>
    </message>
</context>
<context>
    <name>ParetoTab</name>
    <message>
        <source>Customers ranked by revenue</source>
        <translation>按收入排名的客户</translation>
    </message>
    <message>
        <source>Use these shares</source>
        <translation>使用这些比例</translation>
    </message>
    <message>
        <source>Tick all changes</source>
        <translation>勾选所有变动</translation>
    </message>
    <message>
        <source>Clear ticks</source>
        <translation>清除勾选</translation>
    </message>
    <message>
        <source>Apply to selected</source>
        <translation>应用到所选</translation>
    </message>
    <message>
        <source>Apply all</source>
        <translation>全部应用</translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation>撤销上次</translation>
    </message>
    <message>
        <source>A: the customers making the first</source>
        <translation>A：贡献前</translation>
    </message>
    <message>
        <source>of revenue; B: the next</source>
        <translation>收入的客户；B：其后</translation>
    </message>
    <message>
        <source>No purchases since {start}. Record what customers buy (the Purchases tab of a customer&apos;s file, or rapport buy) and they are ranked here by revenue.</source>
        <translation>自 {start} 以来没有购买记录。记录客户的购买（客户档案的“购买记录”页，或 rapport buy），他们就会在这里按收入排名。</translation>
    </message>
    <message numerus="yes">
        <source>{total} from %Ln customer(s) since {start}</source>
        <translation>
            <numerusform>自 {start} 起来自 %Ln 位客户，共 {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ranked, in other currencies: {amounts} from %Ln customer(s) (those who bought only in them keep their tier)</source>
        <translation>
            <numerusform>未排名（其他币种）：来自 %Ln 位客户的 {amounts}（只用这些币种购买的客户保留原等级）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give every customer their suggested tier? %Ln customer(s) change tier. “Undo last” puts the old tiers back.</source>
        <translation>
            <numerusform>为所有客户设置建议等级？%Ln 位客户会变更等级。“撤销上次”可恢复原来的等级。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) got their suggested tier.</source>
        <translation>
            <numerusform>%Ln 位客户已设为建议等级。</numerusform>
        </translation>
    </message>
    <message>
        <source>{tier}: {n} ({revenue})</source>
        <translation>{tier}：{n}（{revenue}）</translation>
    </message>
    <message>
        <source>{n} would change tier</source>
        <translation>{n} 位将变更等级</translation>
    </message>
    <message>
        <source>Tiers are now suggested with A {a} % and B {b} %.</source>
        <translation>现在按 A {a}%、B {b}% 建议等级。</translation>
    </message>
    <message>
        <source>Tick the customers whose suggested tier you want first.</source>
        <translation>请先勾选要采用建议等级的客户。</translation>
    </message>
    <message>
        <source>Give the {n} ticked customers their suggested tier? {changing} of them change tier. “Undo last” puts the old tiers back.</source>
        <translation>为勾选的 {n} 位客户设置建议等级？其中 {changing} 位会变更等级。“撤销上次”可恢复原来的等级。</translation>
    </message>
    <message>
        <source>Nothing to change: those customers already have their suggested tier.</source>
        <translation>无需变更：这些客户已经是建议等级。</translation>
    </message>
    <message>
        <source>Put back the tiers the last “Apply” changed?</source>
        <translation>恢复上次“应用”所改动的等级？</translation>
    </message>
    <message>
        <source>{n} tiers put back; {skipped} changed again since, left as they are.</source>
        <translation>已恢复 {n} 个等级；{skipped} 个此后又有改动，保持不变。</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
</context>
<context>
    <name>PhoneDialog</name>
    <message>
        <source>Edit phone</source>
        <translation>编辑电话</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>添加电话</translation>
    </message>
    <message>
        <source>as you would dial it, e.g. 138 1234 5678 or +34 612 345 678</source>
        <translation>按拨号方式输入，如 138 1234 5678 或 +34 612 345 678</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>A number that is not complete is kept as written and marked.</source>
        <translation>不完整的号码会按原样保存并加以标记。</translation>
    </message>
    <message>
        <source>Phone number: please type the number.</source>
        <translation>电话号码：请输入号码。</translation>
    </message>
</context>
<context>
    <name>PhoneSync</name>
    <message>
        <source>stopped; nothing was changed here</source>
        <translation>已停止；这里没有任何更改</translation>
    </message>
    <message>
        <source>{label}: {error}</source>
        <translation>{label}：{error}</translation>
    </message>
    <message>
        <source>{label}: {down} down, {up} up, {here} deleted here, {there} deleted there, {conflicts} conflicts merged</source>
        <translation>{label}：下载 {down}，上传 {up}，这里删除 {here}，那里删除 {there}，合并冲突 {conflicts}</translation>
    </message>
    <message>
        <source>  merged: {line}</source>
        <translation>  已合并：{line}</translation>
    </message>
    <message>
        <source>  skipped: {line}</source>
        <translation>  已跳过：{line}</translation>
    </message>
    <message>
        <source>Sync with phone…</source>
        <translation>与手机同步…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Sync with the phone&apos;s address book now, both ways</source>
        <translation>现在与手机通讯录双向同步</translation>
    </message>
    <message>
        <source>Delete on the phone?</source>
        <translation>在手机上删除？</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) you put in the trash are still on the phone: {names}. Delete them there too?</source>
        <translation>
            <numerusform>您放入回收站的 %n 位客户仍在手机上：{names}。也在手机上删除吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoLabel</name>
    <message>
        <source>Click to choose a photo; right-click to remove it</source>
        <translation>点击选择照片；右键可删除</translation>
    </message>
    <message>
        <source>Photo of {name}</source>
        <translation>{name} 的照片</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>Nothing planned.</source>
        <translation>没有安排。</translation>
    </message>
    <message>
        <source>From {day}: the days before are over.</source>
        <translation>从{day}起：之前的日子已经过去。</translation>
    </message>
    <message>
        <source>{reason}, 1 day overdue</source>
        <translation>{reason}，逾期 1 天</translation>
    </message>
    <message>
        <source>{reason}, {n} days overdue</source>
        <translation>{reason}，逾期 {n} 天</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Week {n} · {dates}</source>
        <translation>第 {n} 周 · {dates}</translation>
    </message>
    <message>
        <source>{planned} planned: {visits} visits and {calls} calls, up to {capacity} a day.</source>
        <translation>已安排 {planned} 项：拜访 {visits} 次，电话 {calls} 次，每天最多 {capacity} 项。</translation>
    </message>
    <message>
        <source>Carried over to next week&apos;s plan (week {week}): {n}</source>
        <translation>顺延到下周计划（第 {week} 周）：{n} 项</translation>
    </message>
    <message>
        <source>Visits: {visits} · Calls: {calls}</source>
        <translation>拜访：{visits} · 电话：{calls}</translation>
    </message>
    <message>
        <source>{day} (continued)</source>
        <translation>{day}（续）</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>visit due, no address</source>
        <translation>应拜访，但没有地址</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Due by cadence</source>
        <translation>按周期到期</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>保修到期</translation>
    </message>
    <message>
        <source>Thank for a referral</source>
        <translation>感谢推荐</translation>
    </message>
</context>
<context>
    <name>PlanPrintPreview</name>
    <message>
        <source>Print {title}</source>
        <translation>打印{title}</translation>
    </message>
    <message>
        <source>Compact: the week on two pages</source>
        <translation>紧凑：一周两页</translation>
    </message>
    <message>
        <source>Daily: a page a day, room to write</source>
        <translation>按天：每天一页，留有书写空间</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>The days left this week, or next week once this week&apos;s working days are over</source>
        <translation>本周剩下的日子；本周工作日结束后则为下周</translation>
    </message>
    <message>
        <source>Undo my moves</source>
        <translation>撤销我的调整</translation>
    </message>
    <message>
        <source>Plan this week again without the days you chose</source>
        <translation>不考虑你手动调整的日期，重新安排本周</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>导出到日历…</translation>
    </message>
    <message>
        <source>The week&apos;s visits and calls, and the follow-ups ahead, as an .ics file; importing it again updates the events</source>
        <translation>本周的拜访和电话，以及之后的跟进，导出为 .ics 文件；再次导入会更新已有事件</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>拜访计划</translation>
    </message>
    <message>
        <source>&lt;b&gt;Week {n}&lt;/b&gt; · {dates}</source>
        <translation>&lt;b&gt;第 {n} 周&lt;/b&gt; · {dates}</translation>
    </message>
    <message>
        <source>This week is over: there is nothing left to plan in it.</source>
        <translation>本周已结束：没有可以安排的拜访了。</translation>
    </message>
    <message>
        <source>{planned} planned ({visits} visits, {calls} calls), up to {capacity} a day. Drag an entry to another day to move it.</source>
        <translation>已安排 {planned} 项（拜访 {visits} 次，电话 {calls} 次），每天最多 {capacity} 项。拖动条目到另一天即可调整。</translation>
    </message>
    <message numerus="yes">
        <source>%n carried over to next week&apos;s plan (week {week}).</source>
        <translation>
            <numerusform>%n 项顺延到下周计划（第 {week} 周）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dated entries found no room on or before their day: they are on Today&apos;s list.</source>
        <translation>
            <numerusform>%n 项有日期的事项在当天及之前都排不下：已列在“今天”清单中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n brought forward from next week.</source>
        <translation>
            <numerusform>%n 项从下周提前。</numerusform>
        </translation>
    </message>
    <message>
        <source>From {day}: the days before are over.</source>
        <translation>从{day}起：之前的日子已经过去。</translation>
    </message>
    <message>
        <source>Nothing to plan this week. A customer comes into the plan when they fall due: give customers a tier (Customers → Set tier, or the suggestions in Value → 80/20), schedule a follow-up, or add a birthday.</source>
        <translation>本周没有需要安排的。客户到期时才会进入计划：给客户设置等级（客户 → 设置等级，或“客户价值 → 80/20”中的建议）、安排跟进，或添加生日。</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>将计划保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
    <message>
        <source>Export the plan to a calendar</source>
        <translation>将计划导出到日历</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 日历 (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>已将 %n 个事件保存到 {path}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookModel</name>
    <message>
        <source>Talk track</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>异议应对</translation>
    </message>
    <message>
        <source>Case story</source>
        <translation>成功案例</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>消息模板</translation>
    </message>
    <message>
        <source>For every customer</source>
        <translation>适用于所有客户</translation>
    </message>
</context>
<context>
    <name>PlaybookTab</name>
    <message>
        <source>Search the playbook (pinyin too)…</source>
        <translation>搜索话术库（可用拼音）…</translation>
    </message>
    <message>
        <source>Copy filled in</source>
        <translation>填好后复制</translation>
    </message>
    <message>
        <source>Save as note</source>
        <translation>存为笔记</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <source>No entry fits this search.</source>
        <translation>没有符合搜索的条目。</translation>
    </message>
    <message>
        <source>No playbook entry fits this customer yet. Import a folder of entries, or add them with &apos;rapport playbook add&apos;; an entry without tags fits everyone.</source>
        <translation>还没有适合这位客户的话术。可以导入一个条目文件夹，或用“rapport playbook add”添加；没有标签的条目适用于所有客户。</translation>
    </message>
    <message>
        <source>Import a playbook folder</source>
        <translation>导入话术文件夹</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>What is in the files</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>Check the columns of CSV files: double-click “Imported as” to change one.</source>
        <translation>请检查 CSV 文件的列：双击“导入为”可以修改。</translation>
    </message>
    <message>
        <source>What each file holds; nothing is imported until you press Import.</source>
        <translation>每个文件的内容；点击“导入”之前不会导入任何内容。</translation>
    </message>
    <message>
        <source>Columns of {name}</source>
        <translation>{name} 的列</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Remove the files that cannot be imported to go on.</source>
        <translation>请移除无法导入的文件后继续。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import</source>
        <translation>
            <numerusform>待导入 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n contact(s) in the vCards</source>
        <translation>
            <numerusform>，vCard 中共 %n 位联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: reading…</source>
        <translation>{name}：正在读取…</translation>
    </message>
    <message>
        <source>{name}: cannot be imported: {error} (remove it on the previous page)</source>
        <translation>{name}：无法导入：{error}（请在上一页移除）</translation>
    </message>
    <message numerus="yes">
        <source>{name}: vCard, {encoding}, %n contact(s)</source>
        <translation>
            <numerusform>{name}：vCard，{encoding}，%n 位联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>encoding per card</source>
        <translation>每张名片各自编码</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>{name}: CSV, {encoding}, separated by {sep}, {header}</source>
        <translation>{name}：CSV，{encoding}，以{sep}分隔，{header}</translation>
    </message>
    <message>
        <source>first row is the column names</source>
        <translation>第一行是列名</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>没有标题行</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Search products…</source>
        <translation>搜索产品…</translation>
    </message>
    <message>
        <source>Double-click a cell to change it. &apos;Bought again after&apos; is how many days a customer usually takes to buy the product again: the reorder reminders start from it.</source>
        <translation>双击单元格即可修改。“复购周期”是客户通常隔多少天再次购买该产品：补货提醒以此为准。</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation>添加产品…</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <source>Name of the product:</source>
        <translation>产品名称：</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Warranty (months)</source>
        <translation>保修（月）</translation>
    </message>
    <message>
        <source>Bought again after (days)</source>
        <translation>复购周期（天）</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>Purchase</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>e.g. 1999.00</source>
        <translation>例如 1999.00</translation>
    </message>
    <message>
        <source>until</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Usage notes</source>
        <translation>使用备注</translation>
    </message>
</context>
<context>
    <name>PurchasesModel</name>
    <message>
        <source>Bought</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>PurchasesTab</name>
    <message>
        <source>Add purchase…</source>
        <translation>添加购买记录…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete purchase</source>
        <translation>删除购买记录</translation>
    </message>
    <message>
        <source>Delete the purchase of {product}?</source>
        <translation>删除 {product} 的购买记录？</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买记录</translation>
    </message>
</context>
<context>
    <name>QuadrantView</name>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({n}) &lt;span style=&apos;color:gray&apos;&gt;{hint}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;（{n}）&lt;span style=&apos;color:gray&apos;&gt;{hint}&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>ReachDialog</name>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>ReachList</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ReachSection</name>
    <message>
        <source>Phones, emails and addresses</source>
        <translation>电话、邮箱和地址</translation>
    </message>
    <message>
        <source>Add phone…</source>
        <translation>添加电话…</translation>
    </message>
    <message>
        <source>Edit this phone number</source>
        <translation>编辑此电话号码</translation>
    </message>
    <message>
        <source>Remove this phone number</source>
        <translation>删除此电话号码</translation>
    </message>
    <message>
        <source>Add email…</source>
        <translation>添加邮箱…</translation>
    </message>
    <message>
        <source>Edit this email address</source>
        <translation>编辑此邮箱地址</translation>
    </message>
    <message>
        <source>Remove this email address</source>
        <translation>删除此邮箱地址</translation>
    </message>
    <message>
        <source>Add address…</source>
        <translation>添加地址…</translation>
    </message>
    <message>
        <source>Edit this address</source>
        <translation>编辑此地址</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>删除此地址</translation>
    </message>
    <message>
        <source>Add website…</source>
        <translation>添加网站…</translation>
    </message>
    <message>
        <source>Edit this website</source>
        <translation>编辑此网站</translation>
    </message>
    <message>
        <source>Remove this website</source>
        <translation>删除此网站</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Remove phone number</source>
        <translation>删除电话号码</translation>
    </message>
    <message>
        <source>Remove the phone number {item} from {name}?</source>
        <translation>要从{name}的资料中删除电话号码 {item} 吗？</translation>
    </message>
    <message>
        <source>Remove email address</source>
        <translation>删除邮箱地址</translation>
    </message>
    <message>
        <source>Remove the email address {item} from {name}?</source>
        <translation>要从{name}的资料中删除邮箱地址 {item} 吗？</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>删除地址</translation>
    </message>
    <message>
        <source>Remove the address {item} from {name}?</source>
        <translation>要从{name}的资料中删除地址“{item}”吗？</translation>
    </message>
    <message>
        <source>Remove website</source>
        <translation>删除网站</translation>
    </message>
    <message>
        <source>Remove the website {item} from {name}?</source>
        <translation>要从{name}的资料中删除网站 {item} 吗？</translation>
    </message>
    <message>
        <source>not a complete number</source>
        <translation>号码不完整</translation>
    </message>
</context>
<context>
    <name>RecipientsBar</name>
    <message>
        <source>Any tier</source>
        <translation>所有等级</translation>
    </message>
    <message>
        <source>Tier {code}</source>
        <translation>{code} 类</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>所有分组</translation>
    </message>
    <message>
        <source>Any city</source>
        <translation>所有城市</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>所有阶段</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>本周过生日</translation>
    </message>
    <message>
        <source>Only customers whose birthday falls in the seven days from the day chosen; lunar (农历) birthdays on this year&apos;s day</source>
        <translation>只选从所选日期起七天内过生日的客户；农历生日按今年对应的公历日期计算</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>发给：</translation>
    </message>
</context>
<context>
    <name>ReferralTreeModel</name>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Own revenue</source>
        <translation>自身收入</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>推荐人数</translation>
    </message>
    <message>
        <source>Of whom bought</source>
        <translation>其中购买</translation>
    </message>
    <message>
        <source>Their revenue</source>
        <translation>他们的收入</translation>
    </message>
    <message>
        <source>Also, not converted: {amounts}</source>
        <translation>另有未换算的：{amounts}</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Referral trees</source>
        <translation>推荐关系树</translation>
    </message>
    <message>
        <source>{referrers} contacts referred {referred} others; {bought} of those bought.</source>
        <translation>{referrers} 位联系人推荐了 {referred} 人，其中 {bought} 人已购买。</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <source>Your country</source>
        <translation>您的国家</translation>
    </message>
    <message>
        <source>Which country are your customers&apos; phone numbers from? Numbers written without a country code (+…) are read as numbers of that country. You can change it later in Settings.</source>
        <translation>您客户的电话号码属于哪个国家？未写国家代码（+…）的号码将按该国号码读取。以后可在“设置”中更改。</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>选择国家</translation>
    </message>
    <message>
        <source>Ask me later</source>
        <translation>以后再问</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report: {event}</source>
        <translation>报告：{event}</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>all</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>未出席者</translation>
    </message>
    <message>
        <source>Capacity: {capacity}</source>
        <translation>名额：{capacity}</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Bought from {first} to {last} ({days} days):</source>
        <translation>{first} 至 {last}（{days} 天）的购买：</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>宾客</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>购买人数</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买笔数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <source>A guest</source>
        <translation>每位宾客</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>撤销本次导入</translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) added</source>
        <translation>
            <numerusform>新增 %n 位联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing contact(s) completed</source>
        <translation>
            <numerusform>补全 %n 位已有联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known, unchanged</source>
        <translation>
            <numerusform>%n 位已存在，未改动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that may be the same person (not merged)</source>
        <translation>
            <numerusform>%n 对可能是同一个人（未合并）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) read again for {country}</source>
        <translation>
            <numerusform>已按{country}重新读取 %n 个号码</numerusform>
        </translation>
    </message>
    <message>
        <source>Most numbers are not valid for {country}: {valid} of {failed} are valid for {other}.</source>
        <translation>大多数号码对{country}无效：{failed} 个中有 {valid} 个对{other}有效。</translation>
    </message>
    <message>
        <source>Read the numbers as {other}</source>
        <translation>按{other}读取号码</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; the rest was imported:</source>
        <translation>
            <numerusform>发现 %n 个问题，其余已导入：</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>正在撤销…</translation>
    </message>
    <message>
        <source>The import was undone: what it added is gone again.</source>
        <translation>已撤销导入：导入添加的内容已全部移除。</translation>
    </message>
</context>
<context>
    <name>ReturnVisitsSection</name>
    <message>
        <source>Add category…</source>
        <translation>添加类别…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Return visits after a sale (on Today, each on its day with its reason):</source>
        <translation>售后回访（在“今天”中按日期显示，附原因）：</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <source>Product category:</source>
        <translation>产品类别：</translation>
    </message>
</context>
<context>
    <name>RouteMap</name>
    <message>
        <source>No visit with a known place to show on the map.</source>
        <translation>没有能在地图上显示位置的拜访。</translation>
    </message>
    <message>
        <source>S</source>
        <comment>the start on the map</comment>
        <translation>起</translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km} 公里</translation>
    </message>
</context>
<context>
    <name>RoutePanel</name>
    <message>
        <source>Show on the map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <source>Whole week</source>
        <translation>整周</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 个拜访</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ {km} km in a straight line</source>
        <translation>直线距离约 {km} 公里</translation>
    </message>
    <message numerus="yes">
        <source>%n without a known place (last in the day, not on the map)</source>
        <translation>
            <numerusform>%n 个位置不明（排在当天最后，不在地图上）</numerusform>
        </translation>
    </message>
    <message>
        <source>From and back to {address}</source>
        <translation>从 {address} 出发并返回</translation>
    </message>
    <message>
        <source>No start address: each day starts at its first visit (set one in Settings)</source>
        <translation>没有出发地址：每天从第一个拜访开始（可在“设置”中填写）</translation>
    </message>
    <message>
        <source>Choose a day for its link to a maps app.</source>
        <translation>选择某一天，即可获得打开地图应用的链接。</translation>
    </message>
    <message>
        <source>No visit with an address: nothing to open in a maps app.</source>
        <translation>没有带地址的拜访：无法在地图应用中打开。</translation>
    </message>
    <message>
        <source>Open route in maps</source>
        <translation>在地图中打开路线</translation>
    </message>
    <message>
        <source>start</source>
        <translation>出发地</translation>
    </message>
    <message>
        <source>Open route in maps:</source>
        <translation>在地图中打开路线：</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Stop import</source>
        <translation>停止导入</translation>
    </message>
    <message numerus="yes">
        <source>Reading and matching %n file(s)…</source>
        <translation>
            <numerusform>正在读取并匹配 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was imported.</source>
        <translation>导入已停止，没有导入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>没有导入任何内容：{error}</translation>
    </message>
</context>
<context>
    <name>SchedulesModel</name>
    <message>
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Visits (days: reason; …)</source>
        <translation>回访（天数：原因；…）</translation>
    </message>
    <message>
        <source>Days before the warranty ends</source>
        <translation>保修到期前天数</translation>
    </message>
    <message>
        <source>All other purchases</source>
        <translation>其他所有购买</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>e.g. 3: is it working?; 30: how is it going?</source>
        <translation>例如：3: 用得还好吗？; 30: 用了一个月，感觉怎么样？</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation>最近购买（天）</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Monetary</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Days since the last purchase</source>
        <translation>距上次购买的天数</translation>
    </message>
    <message>
        <source>Buying days in the window</source>
        <translation>这段时间内的购买天数</translation>
    </message>
    <message>
        <source>Spent in the window, main currency</source>
        <translation>这段时间内的消费（主币种）</translation>
    </message>
    <message>
        <source>Recency score, 5 = most recent</source>
        <translation>最近度评分，5 = 最近</translation>
    </message>
    <message>
        <source>Frequency score, 5 = most often</source>
        <translation>频率评分，5 = 最频繁</translation>
    </message>
    <message>
        <source>Monetary score, 5 = most spent</source>
        <translation>金额评分，5 = 消费最多</translation>
    </message>
    <message>
        <source>Dormant: quiet for more than twice the usual interval between purchases</source>
        <translation>沉睡：超过平时购买间隔的两倍没有购买</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <source>Amounts in other currencies are not converted and do not count for M.</source>
        <translation>其他币种的金额不换算，也不计入 M。</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>RFM scores</source>
        <translation>RFM 评分</translation>
    </message>
    <message>
        <source>since {start}</source>
        <translation>自 {start} 起</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s): {amounts}</source>
        <translation>
            <numerusform>%Ln 位客户：{amounts}</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>customers with purchases ({n} never bought)</source>
        <translation>有购买的客户（{n} 位从未购买）</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>revenue {window}</source>
        <translation>收入（{window}）</translation>
    </message>
    <message>
        <source>in other currencies {window}, not converted</source>
        <translation>其他币种（{window}），未换算</translation>
    </message>
</context>
<context>
    <name>SendBar</name>
    <message>
        <source>Copy (for WeChat)</source>
        <translation>复制（发微信）</translation>
    </message>
    <message>
        <source>Open SMS</source>
        <translation>打开短信</translation>
    </message>
    <message>
        <source>Open email</source>
        <translation>打开邮件</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>打印地址标签…</translation>
    </message>
    <message>
        <source>The greeting to {name} is copied: paste it in WeChat, then mark it as sent.</source>
        <translation>给{name}的问候已复制：粘贴到微信发送后，标记为已发送。</translation>
    </message>
    <message>
        <source>The message to {name} is open in your messaging app; mark it as sent once it is sent.</source>
        <translation>给{name}的消息已在短信/邮件应用中打开；发送后请标记为已发送。</translation>
    </message>
    <message>
        <source>No app here opens the link: the greeting to {name} is copied instead.</source>
        <translation>这台电脑上没有应用能打开该链接：已改为复制给{name}的问候。</translation>
    </message>
    <message numerus="yes">
        <source>%n greeting(s) logged as sent messages.</source>
        <translation>
            <numerusform>已将 %n 条问候记录为已发送的消息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export greetings for bulk SMS</source>
        <translation>导出问候（用于群发短信）</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n greeting(s) saved to {path}.</source>
        <translation>
            <numerusform>已将 %n 条问候保存到 {path}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Backups made before now still hold this data until they rotate out.</source>
        <translation>此前的备份在轮换淘汰前仍保留这些数据。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>A customer due to reorder is listed in Today this many days before the expected purchase</source>
        <translation>在预计购买日期之前这么多天，把该补货的客户列入“今天”</translation>
    </message>
    <message>
        <source>Your office or home, e.g. Calle Mayor 5, Madrid</source>
        <translation>你的公司或住址，例如 上海市静安区南京西路1266号</translation>
    </message>
    <message>
        <source>Each day&apos;s visits are put in the order that shortens the drive from here and back (placed to its district or city, offline)</source>
        <translation>每天的拜访按从这里出发再返回的最短路线排序（离线定位到区县或城市）</translation>
    </message>
    <message>
        <source>Written beside the calls, notes and purchases you record and the customers you change; your customers are those whose owner is this name</source>
        <translation>记在你记录的通话、笔记和购买记录旁，以及你修改的客户上；负责人为此名字的客户就是“我的客户”</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are from</source>
        <translation>不带国家代码的号码所属地区</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Calls per day</source>
        <translation>每天联系人数</translation>
    </message>
    <message>
        <source>Reorder reminders, days ahead</source>
        <translation>补货提醒，提前天数</translation>
    </message>
    <message>
        <source>Each day&apos;s route starts at</source>
        <translation>每天路线的出发地</translation>
    </message>
    <message>
        <source>Tiers (double-click a colour to change it):</source>
        <translation>等级（双击颜色可修改）：</translation>
    </message>
    <message>
        <source>Tier colour</source>
        <translation>等级颜色</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>请至少选择一个工作日。</translation>
    </message>
    <message>
        <source>Restart Rapport to see it in the language you chose.</source>
        <translation>重新启动 Rapport 后将使用所选语言。</translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New group…</source>
        <translation>新建分组…</translation>
    </message>
    <message>
        <source>Rename group…</source>
        <translation>重命名分组…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Remove colour</source>
        <translation>移除颜色</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>删除分组…</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>新建分组</translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation>新分组名称：</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>重命名分组</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Group colour</source>
        <translation>分组颜色</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>删除分组</translation>
    </message>
    <message>
        <source>Delete the group “{name}”? Its contacts stay; only the group goes.</source>
        <translation>删除分组“{name}”？分组中的联系人会保留，只删除分组本身。</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>All contacts</source>
        <translation>全部联系人</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天该联系</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>本周生日</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 位联系人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnoozeDateDialog</name>
    <message>
        <source>Snooze {name} until</source>
        <translation>将 {name} 推迟到</translation>
    </message>
</context>
<context>
    <name>SourceSection</name>
    <message>
        <source>Where they came from</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <source>e.g. referral, trade fair, website</source>
        <translation>例如：转介绍、展会、网站</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>StageCardsModel</name>
    <message>
        <source>{name}
“{stage}”</source>
        <translation>{name}
“{stage}”</translation>
    </message>
    <message numerus="yes">
        <source>{name}
%Ln day(s) here</source>
        <translation>
            <numerusform>{name}
已在此 %Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <source>In this stage since {day}</source>
        <translation>自 {day} 起处于此阶段</translation>
    </message>
</context>
<context>
    <name>StageReportModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>进入</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>推进</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Still there</source>
        <translation>仍在此阶段</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>平均天数</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>所有月份</translation>
    </message>
</context>
<context>
    <name>StagesTab</name>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>初次接触</translation>
    </message>
    <message>
        <source>Needs identified</source>
        <translation>需求已明确</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>洽谈中</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>After-sale</source>
        <translation>售后</translation>
    </message>
    <message>
        <source>Other (old stages)</source>
        <translation>其他（旧阶段）</translation>
    </message>
    <message>
        <source>Stage report by month</source>
        <translation>按月的阶段报表</translation>
    </message>
    <message>
        <source>Drag a card to another column to move the contact; the move is logged on their history.</source>
        <translation>把卡片拖到另一列即可移动联系人；这次移动会记入其往来记录。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{stage}&lt;/b&gt; ({n})</source>
        <translation>&lt;b&gt;{stage}&lt;/b&gt;（{n}）</translation>
    </message>
    <message>
        <source>&lt;b&gt;No customer has a sales stage yet.&lt;/b&gt; Give one in the customer&apos;s file (Details → Sales stage); the customer then appears here, and you move them on by dragging their card to the next column.</source>
        <translation>&lt;b&gt;还没有客户设置销售阶段。&lt;/b&gt;请在客户档案中设置（资料 → 销售阶段）；客户随后会出现在这里，把卡片拖到下一列即可推进。</translation>
    </message>
    <message>
        <source>{n} moved to {stage}.</source>
        <translation>{n} 位已移到“{stage}”。</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with phone</source>
        <translation>与手机同步</translation>
    </message>
    <message>
        <source>Link an address book (CardDAV: Nextcloud, Radicale, iCloud, Fastmail…)</source>
        <translation>关联通讯录（CardDAV：Nextcloud、Radicale、iCloud、Fastmail…）</translation>
    </message>
    <message>
        <source>the address book&apos;s own name</source>
        <translation>通讯录自己的名称</translation>
    </message>
    <message>
        <source>Server or address book:</source>
        <translation>服务器或通讯录：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Call it:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>only when I press Sync</source>
        <translation>仅在我按“同步”时</translation>
    </message>
    <message>
        <source>ask me</source>
        <translation>询问我</translation>
    </message>
    <message>
        <source>always</source>
        <translation>总是</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Sync while Rapport is open, every:</source>
        <translation>Rapport 打开时自动同步，间隔：</translation>
    </message>
    <message>
        <source>Delete on the phone a customer I put in the trash:</source>
        <translation>放入回收站的客户也在手机上删除：</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Linked address books:</source>
        <translation>已关联的通讯录：</translation>
    </message>
    <message>
        <source>Report of the last sync:</source>
        <translation>上次同步的报告：</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>还没有</translation>
    </message>
    <message>
        <source>{label}: {url} ({count} cards)</source>
        <translation>{label}：{url}（{count} 张名片）</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected. Address books found: {names}</source>
        <translation>已连接。找到的通讯录：{names}</translation>
    </message>
    <message>
        <source>Linked &apos;{label}&apos;: {url}.</source>
        <translation>已关联“{label}”：{url}。</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is asked each time.</source>
        <translation>这台电脑没有钥匙串：每次都会询问密码。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <source>a person&apos;s name, e.g. yours: {name}</source>
        <translation>一个人的名字，例如你的：{name}</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Templates: {occasion}</source>
        <translation>模板：{occasion}</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>插入：</translation>
    </message>
    <message>
        <source>Each customer gets the text in their own language. A field the customer has no value for is left out with its comma; [text in brackets] goes with an empty field inside it.</source>
        <translation>每位客户收到其自己语言的文本。客户没有值的字段连同其逗号一起省略；方括号 [ ] 中的文字在其中字段为空时一并省略。</translation>
    </message>
    <message>
        <source>Use the built-in text</source>
        <translation>恢复默认文本</translation>
    </message>
</context>
<context>
    <name>Tiers</name>
    <message>
        <source>A: key customers</source>
        <translation>A：重点客户</translation>
    </message>
    <message>
        <source>B: important</source>
        <translation>B：重要客户</translation>
    </message>
    <message>
        <source>C: regular</source>
        <translation>C：普通客户</translation>
    </message>
    <message>
        <source>D: occasional</source>
        <translation>D：偶尔往来</translation>
    </message>
</context>
<context>
    <name>TiersModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Call every (days)</source>
        <translation>联系周期（天）</translation>
    </message>
    <message>
        <source>Visit every (days)</source>
        <translation>拜访间隔（天）</translation>
    </message>
    <message>
        <source>no visits</source>
        <translation>不拜访</translation>
    </message>
    <message>
        <source>Leave empty (or 0) for a tier that is called, never visited</source>
        <translation>留空（或填 0）表示该等级只打电话，不拜访</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>{title} ({n})</source>
        <translation>{title}（{n}）</translation>
    </message>
</context>
<context>
    <name>TodayPane</name>
    <message>
        <source>Today&apos;s calls</source>
        <translation>今天的电话</translation>
    </message>
    <message>
        <source>Four quadrants</source>
        <translation>四象限</translation>
    </message>
    <message>
        <source>Important (tier A/B) against urgent (overdue or due today)</source>
        <translation>重要（A/B 级）与紧急（逾期或今天到期）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&lt;/b&gt;, {day} — {n} to call</source>
        <translation>&lt;b&gt;今天&lt;/b&gt;，{day} — 待联系 {n} 人</translation>
    </message>
    <message>
        <source>Greeting for {name} copied.</source>
        <translation>已复制给 {name} 的祝福语。</translation>
    </message>
    <message>
        <source>{number} copied.</source>
        <translation>已复制 {number}。</translation>
    </message>
</context>
<context>
    <name>ValuePdf</name>
    <message>
        <source>Customers: {customers}; purchases from {start} to {today}: {total}.</source>
        <translation>客户：{customers}；{start} 至 {today} 的购买：{total}。</translation>
    </message>
    <message>
        <source>A: the first {a}% of revenue, B: the next {b}%, C: the rest who bought, D: never bought.</source>
        <translation>A：收入的前 {a}%，B：其后的 {b}%，C：其余有购买的客户，D：从未购买。</translation>
    </message>
    <message>
        <source>Not ranked (other currencies are not converted): {amounts}.</source>
        <translation>未排名（其他币种不做换算）：{amounts}。</translation>
    </message>
    <message>
        <source>Suggested tiers</source>
        <translation>建议等级</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Customers by revenue</source>
        <translation>按收入排列的客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>80/20 view</source>
        <translation>80/20 视图</translation>
    </message>
    <message>
        <source>Nobody bought anything in this period.</source>
        <translation>此期间没有人购买。</translation>
    </message>
    <message>
        <source>Customers: {customers}; purchases from {start} to {today}; dormant: {dormant}; never bought: {never}.</source>
        <translation>客户：{customers}；{start} 至 {today} 的购买；休眠：{dormant}；从未购买：{never}。</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Other currencies</source>
        <translation>其他币种</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>RFM scores</source>
        <translation>RFM 评分</translation>
    </message>
    <message>
        <source>Who referred whom</source>
        <translation>谁推荐了谁</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>By referrer</source>
        <translation>按推荐人</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>推荐人数</translation>
    </message>
    <message>
        <source>Purchases up to {today}.</source>
        <translation>截至 {today} 的购买。</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Nobody has referred anyone yet.</source>
        <translation>还没有人推荐过别人。</translation>
    </message>
    <message>
        <source>Lost customers: {customers}; revenue in the 12 months before each was lost: {revenue}.</source>
        <translation>流失客户：{customers}；每位客户流失前 12 个月的收入：{revenue}。</translation>
    </message>
    <message>
        <source>Lost from {since} to {until}.</source>
        <translation>流失时间：{since} 至 {until}。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Revenue lost</source>
        <translation>流失的收入</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>挽回</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>No customer was lost in this period.</source>
        <translation>此期间没有流失客户。</translation>
    </message>
    <message>
        <source>By reason</source>
        <translation>按原因</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>按等级</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>无等级</translation>
    </message>
</context>
<context>
    <name>ValueTab</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>ValueView</name>
    <message>
        <source>80/20</source>
        <translation>80/20</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
</context>
<context>
    <name>WebsiteDialog</name>
    <message>
        <source>Edit website</source>
        <translation>编辑网站</translation>
    </message>
    <message>
        <source>Add website</source>
        <translation>添加网站</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Web address: please type the address.</source>
        <translation>网址：请输入网址。</translation>
    </message>
    <message>
        <source>Web address: “{url}” has a space in it.</source>
        <translation>网址：“{url}”中有空格。</translation>
    </message>
</context>
<context>
    <name>WorkSection</name>
    <message>
        <source>Work</source>
        <translation>工作信息</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Rapport starts with an empty store.</source>
        <translation>Rapport 将以空的数据库启动。</translation>
    </message>
    <message>
        <source>Restore the newest good backup ({name})?</source>
        <translation>恢复最新的完好备份（{name}）？</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong that Rapport did not expect ({name}: {error}). Details are in {where}.</source>
        <translation>出现了 Rapport 未预料到的错误（{name}：{error}）。详细信息见 {where}。</translation>
    </message>
    <message>
        <source>no log (the log folder is not writable)</source>
        <translation>无日志（日志文件夹不可写）</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>Cadence</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>{label}, 1 day overdue</source>
        <translation>{label}，逾期 1 天</translation>
    </message>
    <message>
        <source>{label}, {n} days overdue</source>
        <translation>{label}，逾期 {n} 天</translation>
    </message>
    <message>
        <source>visit due, no address</source>
        <translation>应拜访，但没有地址</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>打开客户档案</translation>
    </message>
    <message>
        <source>Log visit or call…</source>
        <translation>记录拜访或通话…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>{path}: cannot create the folder ({reason})</source>
        <translation>{path}：无法创建文件夹（{reason}）</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a database file</source>
        <translation>{path}：这是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>{where}: the server has no database named {database}; ask its administrator to create it (createdb {database})</source>
        <translation>{where}：服务器上没有名为 {database} 的数据库；请让管理员先创建它（createdb {database}）</translation>
    </message>
    <message>
        <source>{where}: the server refused the log-in of user {user} (wrong user name or password)</source>
        <translation>{where}：服务器拒绝了用户 {user} 的登录（用户名或密码错误）</translation>
    </message>
    <message>
        <source>{where}: cannot use the PostgreSQL server ({reason})</source>
        <translation>{where}：无法使用 PostgreSQL 服务器（{reason}）</translation>
    </message>
    <message>
        <source>{path}: this database was written by a newer version of Rapport; update Rapport to open it</source>
        <translation>{path}：这个数据库由更新版本的 Rapport 写入；请先升级 Rapport 再打开</translation>
    </message>
    <message>
        <source>{path}: cannot open the database ({reason})</source>
        <translation>{path}：无法打开数据库（{reason}）</translation>
    </message>
    <message>
        <source>{folder}: cannot keep backups in this folder ({reason})</source>
        <translation>{folder}：无法在此文件夹中保存备份（{reason}）</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name</source>
        <translation>{path}：这是文件夹；请给出文件名</translation>
    </message>
    <message>
        <source>{path}: the backup failed its check ({verdict}); the store is unchanged</source>
        <translation>{path}：备份未通过检查（{verdict}）；数据库没有改动</translation>
    </message>
    <message>
        <source>{path}: could not write the backup ({reason}); the store is unchanged</source>
        <translation>{path}：无法写入备份（{reason}）；数据库没有改动</translation>
    </message>
    <message>
        <source>your change is saved, but it was not backed up: {problem}</source>
        <translation>您的更改已保存，但未能备份：{problem}</translation>
    </message>
    <message>
        <source>{path}: dated {when}, after now (the computer&apos;s clock was ahead when it was made); it is not taken as the newest backup</source>
        <translation>{path}：日期为 {when}，晚于现在（备份时电脑时钟偏快）；不把它当作最新的备份</translation>
    </message>
    <message>
        <source>{path}: no such backup file</source>
        <translation>{path}：备份文件不存在</translation>
    </message>
    <message>
        <source>{path}: not a good backup ({verdict}); nothing was changed</source>
        <translation>{path}：备份已损坏（{verdict}）；没有做任何改动</translation>
    </message>
    <message>
        <source>{path}: the restore failed ({reason}); your data is unchanged</source>
        <translation>{path}：恢复失败（{reason}）；您的数据没有改动</translation>
    </message>
    <message>
        <source>{path}: not a Rapport backup; nothing was changed</source>
        <translation>{path}：不是 Rapport 的备份；没有做任何改动</translation>
    </message>
    <message>
        <source>{path}: made by a newer version of Rapport; update Rapport to restore it</source>
        <translation>{path}：由更新版本的 Rapport 创建；请先升级 Rapport 再恢复</translation>
    </message>
    <message>
        <source>{field}: not a field of a contact</source>
        <translation>{field}：不是联系人的字段</translation>
    </message>
    <message>
        <source>name: a contact needs a name, an organisation, a phone or an email</source>
        <translation>姓名：联系人至少要有姓名、公司、电话或邮箱之一</translation>
    </message>
    <message>
        <source>display_name: a contact&apos;s name cannot be empty</source>
        <translation>姓名：联系人的名称不能为空</translation>
    </message>
    <message>
        <source>custom field: the name cannot be empty</source>
        <translation>自定义字段：名称不能为空</translation>
    </message>
    <message>
        <source>contact {id}: no such contact</source>
        <translation>联系人 {id}：不存在</translation>
    </message>
    <message>
        <source>contact &apos;{ref}&apos;: is in the trash (restore it first: rapport restore-contact {id})</source>
        <translation>联系人“{ref}”：在回收站中（请先恢复：rapport restore-contact {id}）</translation>
    </message>
    <message>
        <source>contact &apos;{ref}&apos;: no contact has that id or name</source>
        <translation>联系人“{ref}”：没有联系人使用这个 ID 或名称</translation>
    </message>
    <message>
        <source>contact &apos;{ref}&apos;: {count} contacts have that name: {listing}. Use the id.</source>
        <translation>联系人“{ref}”：有 {count} 位联系人叫这个名字：{listing}。请使用 ID。</translation>
    </message>
    <message>
        <source>group: the name cannot be empty</source>
        <translation>分组：名称不能为空</translation>
    </message>
    <message>
        <source>group &apos;{name}&apos;: no such group</source>
        <translation>分组“{name}”：不存在</translation>
    </message>
    <message>
        <source>tier: &apos;{code}&apos; is not a tier (use one of {codes}, or none)</source>
        <translation>等级：“{code}”不是等级（请使用 {codes} 之一，或 none）</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>lost on</source>
        <translation>流失日期</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a date (use YYYY-MM-DD, or --MM-DD when the year is unknown)</source>
        <translation>{field}：“{text}”不是日期（请写 YYYY-MM-DD，不知道年份时写 --MM-DD）</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a real date</source>
        <translation>{field}：“{text}”不是真实存在的日期</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is out of range (use a year from {first} to {last})</source>
        <translation>{field}：“{text}”超出范围（请使用 {first} 到 {last} 年之间的日期）</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>{field}：“{text}”不是日期（请写 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)</source>
        <translation>{field}：“{text}”不是日期（请写 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM）</translation>
    </message>
    <message>
        <source>{field}: {day} is after today; record it once it has happened</source>
        <translation>{field}：{day} 晚于今天；请在它发生后再记录</translation>
    </message>
    <message>
        <source>sort: &apos;{key}&apos; is not a column to sort by (use one of {keys})</source>
        <translation>排序：“{key}”不是可排序的列（请使用 {keys} 之一）</translation>
    </message>
    <message>
        <source>format: &apos;{format}&apos; is not one of {formats}</source>
        <translation>格式：“{format}”不在 {formats} 之中</translation>
    </message>
    <message>
        <source>version: &apos;{version}&apos; is not 3.0 or 4.0</source>
        <translation>版本：“{version}”不是 3.0 或 4.0</translation>
    </message>
    <message>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}：无法写入（{reason}）</translation>
    </message>
    <message>
        <source>group &apos;{name}&apos;: a group with that name exists already</source>
        <translation>分组“{name}”：已有同名的分组</translation>
    </message>
    <message>
        <source>group {id}: no such group</source>
        <translation>分组 {id}：不存在</translation>
    </message>
    <message>
        <source>{source}: the file is empty</source>
        <translation>{source}：文件是空的</translation>
    </message>
    <message>
        <source>{source}: this is an Excel workbook or a ZIP archive, not CSV; save it as CSV first</source>
        <translation>{source}：这是 Excel 工作簿或 ZIP 压缩包，不是 CSV；请先另存为 CSV</translation>
    </message>
    <message>
        <source>{source}: this is an old Excel (.xls) workbook, not CSV; save it as CSV first</source>
        <translation>{source}：这是旧版 Excel（.xls）工作簿，不是 CSV；请先另存为 CSV</translation>
    </message>
    <message>
        <source>{source}: this is a binary file, not CSV text</source>
        <translation>{source}：这是二进制文件，不是 CSV 文本</translation>
    </message>
    <message>
        <source>{source}: this is a vCard file, not CSV</source>
        <translation>{source}：这是 vCard 文件，不是 CSV</translation>
    </message>
    <message>
        <source>{source}, line {line}: {columns} columns; a contacts file has at most {limit}</source>
        <translation>{source}，第 {line} 行：{columns} 列；联系人文件最多 {limit} 列</translation>
    </message>
    <message>
        <source>{source}, line {line}: a quoted cell is over {kilobytes} KB long; this is not a contacts file</source>
        <translation>{source}，第 {line} 行：一个带引号的单元格超过 {kilobytes} KB；这不是联系人文件</translation>
    </message>
    <message>
        <source>{source}: the file has no rows or columns</source>
        <translation>{source}：文件中没有行或列</translation>
    </message>
    <message>
        <source>{path}: the folder holds no .vcf or .csv file</source>
        <translation>{path}：文件夹中没有 .vcf 或 .csv 文件</translation>
    </message>
    <message>
        <source>{path}: not a regular file (a device, pipe or socket); give a .vcf or .csv file</source>
        <translation>{path}：不是普通文件（是设备、管道或套接字）；请给出 .vcf 或 .csv 文件</translation>
    </message>
    <message>
        <source>{path}: {megabytes} MB is too large for a contacts file</source>
        <translation>{path}：{megabytes} MB，作为联系人文件太大了</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：文件不存在</translation>
    </message>
    <message>
        <source>{path}: not allowed to read it</source>
        <translation>{path}：没有读取权限</translation>
    </message>
    <message>
        <source>{path}: cannot read it ({reason})</source>
        <translation>{path}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>{source}: this is not a contacts file (it looks binary); use a .vcf or .csv file</source>
        <translation>{source}：这不是联系人文件（看起来是二进制文件）；请使用 .vcf 或 .csv 文件</translation>
    </message>
    <message>
        <source>{source}: line {line} is over {megabytes} MB long; this is not a contacts file</source>
        <translation>{source}：第 {line} 行超过 {megabytes} MB；这不是联系人文件</translation>
    </message>
    <message>
        <source>{source}: no row has a name, phone, email or organisation, so this is not a contact list; map its columns in the import wizard</source>
        <translation>{source}：没有任何一行包含姓名、电话、邮箱或公司，因此这不是联系人列表；请在导入向导中对应各列</translation>
    </message>
    <message>
        <source>{files}: the import could not be written ({reason}); nothing was changed</source>
        <translation>{files}：无法保存导入的数据（{reason}）；没有做任何改动</translation>
    </message>
    <message>
        <source>undo import: there is no import to undo</source>
        <translation>撤销导入：没有可以撤销的导入</translation>
    </message>
    <message>
        <source>import {id}: no such import</source>
        <translation>导入 {id}：不存在</translation>
    </message>
    <message>
        <source>import {id}: already undone on {when}</source>
        <translation>导入 {id}：已于 {when} 撤销</translation>
    </message>
    <message>
        <source>{source}: this is a binary file, not a vCard (.vcf) file</source>
        <translation>{source}：这是二进制文件，不是 vCard（.vcf）文件</translation>
    </message>
    <message>
        <source>{source}: no contact card found (the file has no BEGIN:VCARD line)</source>
        <translation>{source}：没有找到联系人名片（文件中没有 BEGIN:VCARD 行）</translation>
    </message>
    <message>
        <source>date: {when} is after now; a call or visit you plan is a follow-up (the Follow-up date of the call you log, or rapport followup CONTACT --on DATE)</source>
        <translation>日期：{when} 晚于现在；计划中的电话或拜访是一项跟进（记录电话时填写“跟进”日期，或使用 rapport followup 联系人 --on 日期）</translation>
    </message>
    <message>
        <source>follow-up: {day} is before the interaction ({when})</source>
        <translation>跟进：{day} 早于这次联系（{when}）</translation>
    </message>
    <message>
        <source>kind: &apos;{kind}&apos; is not a kind of interaction (use one of {kinds})</source>
        <translation>类型：“{kind}”不是联系记录的类型（请使用 {kinds} 之一）</translation>
    </message>
    <message>
        <source>interaction {id}: no such interaction</source>
        <translation>联系记录 {id}：不存在</translation>
    </message>
    <message>
        <source>lost reasons: the list cannot be empty</source>
        <translation>流失原因：列表不能为空</translation>
    </message>
    <message>
        <source>reason: say why the customer was lost ({reasons})</source>
        <translation>原因：请说明客户流失的原因（{reasons}）</translation>
    </message>
    <message>
        <source>reason: &apos;{reason}&apos; is not one of the reasons for losing a customer ({reasons}); add it to the list first if it is a new one</source>
        <translation>原因：“{reason}”不是客户流失的原因之一（{reasons}）；如果是新原因，请先把它加入列表</translation>
    </message>
    <message>
        <source>note: it nested deeper than Rapport shows (more than {tables} tables, {lists} lists or {quotes} quotes one inside another, or {depth} levels in all); the deeper levels were flattened, their text kept</source>
        <translation>备注：嵌套层数超过 Rapport 能显示的范围（表格超过 {tables} 层、列表超过 {lists} 层、引用超过 {quotes} 层，或总共超过 {depth} 层）；更深的层级已被展平，文字全部保留</translation>
    </message>
    <message>
        <source>note: the note is empty</source>
        <translation>笔记：内容为空</translation>
    </message>
    <message>
        <source>note {id}: no such note</source>
        <translation>笔记 {id}：不存在</translation>
    </message>
    <message>
        <source>photo: not a JPEG, PNG, GIF or WebP picture</source>
        <translation>照片：不是 JPEG、PNG、GIF 或 WebP 图片</translation>
    </message>
    <message>
        <source>photo: {size} KB is too big (at most {limit} KB)</source>
        <translation>照片：{size} KB 太大了（最多 {limit} KB）</translation>
    </message>
    <message>
        <source>week: &apos;{text}&apos; is not an ISO week such as 2026-W48</source>
        <translation>周：“{text}”不是 ISO 周（例如 2026-W48）</translation>
    </message>
    <message>
        <source>week: {year} has no week {week}</source>
        <translation>周：{year} 年没有第 {week} 周</translation>
    </message>
    <message>
        <source>day: {day} is not in week {week}</source>
        <translation>日期：{day} 不在 {week} 这一周内</translation>
    </message>
    <message>
        <source>product: the product cannot be empty</source>
        <translation>产品：产品不能为空</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a whole number from 1 to {limit}</source>
        <translation>{field}：“{value}”不是 1 到 {limit} 之间的整数</translation>
    </message>
    <message>
        <source>product: &apos;{name}&apos; is already in the catalogue</source>
        <translation>产品：“{name}”已在产品目录中</translation>
    </message>
    <message>
        <source>product {id}: no such product</source>
        <translation>产品 {id}：没有这个产品</translation>
    </message>
    <message>
        <source>product &apos;{ref}&apos;: {count} products have that name; give the model too, or the id</source>
        <translation>产品“{ref}”：有 {count} 个产品同名；请同时给出型号，或使用编号</translation>
    </message>
    <message>
        <source>product &apos;{ref}&apos;: not in the catalogue (see rapport products list)</source>
        <translation>产品“{ref}”：不在产品目录中（见 rapport products list）</translation>
    </message>
    <message>
        <source>quantity: {quantity} is not a positive number</source>
        <translation>数量：{quantity} 不是正数</translation>
    </message>
    <message>
        <source>price: &apos;{price}&apos; is not a number</source>
        <translation>价格：“{price}”不是数字</translation>
    </message>
    <message>
        <source>price: &apos;{price}&apos; is negative</source>
        <translation>价格：“{price}”是负数</translation>
    </message>
    <message>
        <source>price: {quantity} × {price} is more than {limit:,} for one purchase; is it a typo?</source>
        <translation>价格：{quantity} × {price} 超过单笔购买上限 {limit:,}；是否输入有误？</translation>
    </message>
    <message>
        <source>currency: &apos;{code}&apos; is not a three-letter code such as CNY, EUR or USD</source>
        <translation>币种：“{code}”不是三个字母的代码（例如 CNY、EUR 或 USD）</translation>
    </message>
    <message>
        <source>warranty end: it is before the purchase date</source>
        <translation>保修截止：早于购买日期</translation>
    </message>
    <message>
        <source>purchase {id}: no such purchase</source>
        <translation>购买记录 {id}：不存在</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a number</source>
        <translation>{field}：“{text}”不是数字</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number</source>
        <translation>{field}：“{text}”不是整数</translation>
    </message>
    <message>
        <source>address: fill in at least one of street, city, region, postcode or country</source>
        <translation>地址：街道、城市、省/州、邮编、国家至少要填一项</translation>
    </message>
    <message>
        <source>phone: the number is empty; type it as you would dial it</source>
        <translation>电话：号码为空；请按拨号时的样子输入</translation>
    </message>
    <message>
        <source>phone: &apos;{text}&apos; has no digits; type the number as you would dial it</source>
        <translation>电话：“{text}”里没有数字；请按拨号的方式输入号码</translation>
    </message>
    <message>
        <source>email: the address is empty; type an address such as name@example.com</source>
        <translation>邮箱：地址为空；请输入类似 name@example.com 的地址</translation>
    </message>
    <message>
        <source>email: &apos;{address}&apos; is not an email address (it should look like name@example.com)</source>
        <translation>邮箱：“{address}”不是邮箱地址（格式应如 name@example.com）</translation>
    </message>
    <message>
        <source>website: the address is empty; type one such as https://example.com</source>
        <translation>网站：网址为空；请输入类似 https://example.com 的网址</translation>
    </message>
    <message>
        <source>website: &apos;{url}&apos; is not a web address (it has a space in it)</source>
        <translation>网站：“{url}”不是网址（其中有空格）</translation>
    </message>
    <message>
        <source>phone: &apos;{text}&apos; has no number in it</source>
        <translation>电话：“{text}”中没有号码</translation>
    </message>
    <message>
        <source>phone: {number} is already one of {name}&apos;s numbers</source>
        <translation>电话：{number} 已经是{name}的号码</translation>
    </message>
    <message>
        <source>email: {address} is already one of {name}&apos;s addresses</source>
        <translation>邮箱：{address} 已经是{name}的邮箱</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>{what} {id}: no such {what} (it may have been removed already)</source>
        <translation>{what} {id}：不存在（可能已被删除）</translation>
    </message>
    <message>
        <source>region: &apos;{code}&apos; is not a two-letter country code such as CN, ES or US</source>
        <translation>地区：“{code}”不是两个字母的国家代码（例如 CN、ES 或 US）</translation>
    </message>
    <message>
        <source>{path}: the database is damaged ({verdict}). It was moved to {moved}, not deleted.</source>
        <translation>{path}：数据库已损坏（{verdict}）。它已移到 {moved}，没有删除。</translation>
    </message>
    <message>
        <source>{path}: cannot create the database ({reason})</source>
        <translation>{path}：无法创建数据库（{reason}）</translation>
    </message>
    <message>
        <source>{path}: the database is damaged ({verdict}). It was moved to {moved}, not deleted. No backup was found.</source>
        <translation>{path}：数据库已损坏（{verdict}）。它已移到 {moved}，没有删除。没有找到备份。</translation>
    </message>
    <message>
        <source>{path}: the database is damaged ({verdict}). It was moved to {moved}, not deleted. The newest good backup is {backup}; restore it with: rapport --db {path} restore {backup}</source>
        <translation>{path}：数据库已损坏（{verdict}）。它已移到 {moved}，没有删除。最新的完好备份是 {backup}；恢复命令：rapport --db {path} restore {backup}</translation>
    </message>
    <message>
        <source>{path} is on a network folder ({kind}). Rapport&apos;s store must be used from one computer at a time; keep it on this computer&apos;s own disk and use backups to move it.</source>
        <translation>{path} 位于网络文件夹（{kind}）上。Rapport 的数据库同一时间只能在一台电脑上使用；请把它放在这台电脑自己的磁盘上，需要搬移时用备份。</translation>
    </message>
    <message>
        <source>{path}: this database file has {links} names (hard links); Rapport opens a store by one name only, or SQLite could damage it. Remove the other names, or copy the file</source>
        <translation>{path}：此数据库文件有 {links} 个名称（硬链接）；Rapport 只通过一个名称打开数据库，否则 SQLite 可能损坏它。请删除其他名称，或复制该文件</translation>
    </message>
    <message>
        <source>{path}: another Rapport is using this store; close it first (only one Rapport may change a store at a time)</source>
        <translation>{path}：另一个 Rapport 正在使用这个数据库；请先关闭它（同一时间只能有一个 Rapport 修改数据库）</translation>
    </message>
    <message>
        <source>tier: some of the chosen contacts no longer exist</source>
        <translation>等级：选中的联系人中有些已不存在</translation>
    </message>
    <message>
        <source>cadence: {days} is not a number of days between 1 and 3650</source>
        <translation>周期：{days} 不是 1 到 3650 之间的天数</translation>
    </message>
    <message>
        <source>visit cadence: {days} is not a number of days between 1 and 3650</source>
        <translation>拜访间隔：{days} 不是 1 到 3650 之间的天数</translation>
    </message>
    <message>
        <source>colour: &apos;{colour}&apos; is not a colour such as #d64541</source>
        <translation>颜色：“{colour}”不是颜色（例如 #d64541）</translation>
    </message>
    <message>
        <source>A share: {share} is not a percentage between 0 and 100</source>
        <translation>A 的占比：{share} 不是 0 到 100 之间的百分比</translation>
    </message>
    <message>
        <source>B share: {share} is not a percentage between 0 and 100</source>
        <translation>B 的占比：{share} 不是 0 到 100 之间的百分比</translation>
    </message>
    <message>
        <source>shares: A {a}% and B {b}% add up to more than 100%</source>
        <translation>占比：A {a}% 加 B {b}% 超过了 100%</translation>
    </message>
    <message>
        <source>main currency: &apos;{code}&apos; is not a three-letter code such as CNY, EUR or USD</source>
        <translation>主币种：“{code}”不是三个字母的代码（例如 CNY、EUR 或 USD）</translation>
    </message>
    <message>
        <source>contact {id} ({name}): is not lost; only a lost customer can be won back</source>
        <translation>联系人 {id}（{name}）：没有流失；只有流失的客户才能挽回</translation>
    </message>
    <message>
        <source>months: {months} is not a number of months between 1 and 1200</source>
        <translation>月数：{months} 不是 1 到 1200 之间的月数</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>{source}: no product column (the header row has: {headers})</source>
        <translation>{source}：没有产品列（表头有：{headers}）</translation>
    </message>
    <message>
        <source>{source}: no purchase date column (the header row has: {headers})</source>
        <translation>{source}：没有购买日期列（表头有：{headers}）</translation>
    </message>
    <message>
        <source>{source}: no customer, phone or email column to tell whose purchase a row is (the header row has: {headers})</source>
        <translation>{source}：没有客户、电话或邮箱列，无法判断每一行是谁的购买记录（表头有：{headers}）</translation>
    </message>
    <message>
        <source>{field}: empty; every purchase needs a date</source>
        <translation>{field}：为空；每条购买记录都需要日期</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a date with a year (use YYYY-MM-DD)</source>
        <translation>{field}：“{text}”不是带年份的日期（请写 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>{count} contacts have {kind} &apos;{value}&apos; (ids {ids}); add a phone or email column to tell them apart</source>
        <translation>有 {count} 位联系人的{kind}是“{value}”（ID：{ids}）；请添加电话或邮箱列来区分</translation>
    </message>
    <message>
        <source>customer: the row has no customer name, phone or email</source>
        <translation>客户：这一行没有客户姓名、电话或邮箱</translation>
    </message>
    <message>
        <source>customer: no contact matches {tried}</source>
        <translation>客户：没有联系人与 {tried} 匹配</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a CSV file</source>
        <translation>{path}：这是文件夹；请给出 CSV 文件</translation>
    </message>
    <message>
        <source>warranty end</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <source>referred by: a contact cannot refer themselves</source>
        <translation>推荐人：联系人不能推荐自己</translation>
    </message>
    <message>
        <source>referred by: {referrer} ({referrer_id}) was themselves referred, directly or through others, by {name} ({id}); that would make a circle</source>
        <translation>推荐人：{referrer}（{referrer_id}）本身就是由 {name}（{id}）直接或间接推荐的；这样会形成循环</translation>
    </message>
    <message>
        <source>stage: &apos;{text}&apos; is not a sales stage (use one of {stages})</source>
        <translation>阶段：“{text}”不是销售阶段（请使用 {stages} 之一）</translation>
    </message>
    <message>
        <source>date: {day} is before this contact&apos;s last stage move ({last})</source>
        <translation>日期：{day} 早于这位联系人上次变更阶段的日期（{last}）</translation>
    </message>
    <message>
        <source>contact {id}: not ranked by the 80/20 view (no such contact, in the trash, or lost)</source>
        <translation>联系人 {id}：不在 80/20 排名中（联系人不存在、在回收站中或已流失）</translation>
    </message>
    <message>
        <source>undo: no applied tier changes to undo</source>
        <translation>撤销：没有可以撤销的等级变更</translation>
    </message>
    <message>
        <source>batch {id}: no such batch of tier changes</source>
        <translation>批次 {id}：没有这批等级变更</translation>
    </message>
    <message>
        <source>batch {id}: already undone on {when}</source>
        <translation>批次 {id}：已于 {when} 撤销</translation>
    </message>
    <message>
        <source>tier: {codes} no longer exists; add it back first</source>
        <translation>等级：{codes} 已不存在；请先重新添加</translation>
    </message>
    <message>
        <source>{path}: not a picture Rapport can read (JPEG, PNG, GIF, WebP, BMP)</source>
        <translation>{path}：Rapport 无法读取这张图片（支持 JPEG、PNG、GIF、WebP、BMP）</translation>
    </message>
    <message>
        <source>not the same person: {a} and {b} are one contact; give two different ids</source>
        <translation>不是同一个人：{a} 和 {b} 是同一位联系人；请给出两个不同的编号</translation>
    </message>
    <message>
        <source>merge: {keep} and {other} are the same contact; choose two different contacts</source>
        <translation>合并：{keep} 和 {other} 是同一位联系人；请选择两位不同的联系人</translation>
    </message>
    <message>
        <source>merge: contact {id}: no such contact</source>
        <translation>合并：联系人 {id}：没有这位联系人</translation>
    </message>
    <message>
        <source>merge: contact {id} ({name}) is in the trash; restore it first</source>
        <translation>合并：联系人 {id}（{name}）在回收站中；请先恢复</translation>
    </message>
    <message>
        <source>{what}: &apos;{text}&apos; is not one of {name}&apos;s (see rapport show)</source>
        <translation>{what}：“{text}”不是{name}的（见 rapport show）</translation>
    </message>
    <message>
        <source>{what}: &apos;{text}&apos; fits {count} of {name}&apos;s; write it whole, as rapport show prints it</source>
        <translation>{what}：“{text}”符合{name}的 {count} 项；请按 rapport show 显示的完整写出</translation>
    </message>
    <message>
        <source>{id}: not a row of {name}&apos;s file</source>
        <translation>{id}：不是{name}档案中的一行</translation>
    </message>
    <message>
        <source>{url}: no CardDAV address book found there; give the address of the server or of one address book</source>
        <translation>{url}：那里没有找到 CardDAV 通讯录；请填写服务器或某个通讯录的地址</translation>
    </message>
    <message>
        <source>address book &apos;{label}&apos; is already linked; give another name</source>
        <translation>通讯录“{label}”已经关联；请换一个名称</translation>
    </message>
    <message>
        <source>address book &apos;{label}&apos;: no password in the keyring; set RAPPORT_CARDDAV_PASSWORD or link it again</source>
        <translation>通讯录“{label}”：钥匙串中没有密码；请设置 RAPPORT_CARDDAV_PASSWORD 或重新关联</translation>
    </message>
    <message>
        <source>delete on the server: &apos;{value}&apos; is not ask, always or never</source>
        <translation>在服务器上删除：“{value}”不是 ask、always 或 never</translation>
    </message>
    <message>
        <source>card {href}: not a vCard; left as it is on the server</source>
        <translation>名片 {href}：不是 vCard；在服务器上保持原样</translation>
    </message>
    <message>
        <source>{server}: the secure (TLS) connection failed ({reason})</source>
        <translation>{server}：安全（TLS）连接失败（{reason}）</translation>
    </message>
    <message>
        <source>{server}: cannot reach the server ({reason})</source>
        <translation>{server}：无法连接服务器（{reason}）</translation>
    </message>
    <message>
        <source>{server}: the server did not answer in time</source>
        <translation>{server}：服务器没有及时响应</translation>
    </message>
    <message>
        <source>{server}: the user name or password was refused</source>
        <translation>{server}：用户名或密码被拒绝</translation>
    </message>
    <message>
        <source>{server}: the server answered {status} to {method} {path}</source>
        <translation>{server}：服务器对 {method} {path} 的回应是 {status}</translation>
    </message>
    <message>
        <source>{server}: the answer to {method} {path} is not WebDAV XML; is this a CardDAV address?</source>
        <translation>{server}：对 {method} {path} 的回应不是 WebDAV XML；这是 CardDAV 地址吗？</translation>
    </message>
    <message>
        <source>address book &apos;{label}&apos;: no such linked address book</source>
        <translation>通讯录“{label}”：没有这个已关联的通讯录</translation>
    </message>
    <message>
        <source>start address: &apos;{address}&apos; names no city or district Rapport knows; add the city, as in &apos;Calle Mayor 5, Madrid&apos; or &apos;上海市徐汇区&apos;</source>
        <translation>出发地址：“{address}”中没有 Rapport 认得的城市或区县；请写上城市，例如“上海市徐汇区”或“Calle Mayor 5, Madrid”</translation>
    </message>
    <message>
        <source>{path}: not restored: a row of &apos;{table}&apos; points to a missing row of &apos;{parent}&apos;; nothing was changed</source>
        <translation>{path}：未恢复：“{table}”中的一行指向“{parent}”中不存在的行；没有任何改动</translation>
    </message>
    <message>
        <source>{path}: not restored ({reason}); nothing was changed</source>
        <translation>{path}：未恢复（{reason}）；没有任何改动</translation>
    </message>
    <message>
        <source>{path}: not a backup Rapport made: it holds {kind} &apos;{name}&apos;, which Rapport never makes; nothing was changed</source>
        <translation>{path}：不是 Rapport 生成的备份：其中含有 Rapport 从不创建的 {kind}“{name}”；没有任何改动</translation>
    </message>
    <message>
        <source>{path}: not a backup Rapport made: Rapport&apos;s {kind} &apos;{name}&apos; is {found} there; nothing was changed</source>
        <translation>{path}：不是 Rapport 生成的备份：Rapport 的 {kind}“{name}”在其中为 {found}；没有任何改动</translation>
    </message>
    <message>
        <source>{path}: not a backup Rapport made: the columns of &apos;{name}&apos; are not Rapport&apos;s; nothing was changed</source>
        <translation>{path}：不是 Rapport 生成的备份：“{name}”的列与 Rapport 的不同；没有任何改动</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>第 {line} 行：{problem}</translation>
    </message>
    <message>
        <source>the text is not YAML: {problem}</source>
        <translation>文本不是 YAML：{problem}</translation>
    </message>
    <message>
        <source>the text should be &apos;field: value&apos; lines, as it was given</source>
        <translation>文本应为“字段: 值”各行，与打开时一样</translation>
    </message>
    <message>
        <source>{key}: not a field of the customer file (the fields are those it was opened with)</source>
        <translation>{key}：不是客户档案的字段（字段即打开时列出的那些）</translation>
    </message>
    <message>
        <source>sales_stage: a stage is not cleared, it is moved: write the stage the customer is in now</source>
        <translation>sales_stage：销售阶段不能清空，只能移动：请写出客户现在所处的阶段</translation>
    </message>
    <message>
        <source>custom: write one &apos;name: value&apos; line per field</source>
        <translation>custom：每个字段写一行“名称: 值”</translation>
    </message>
    <message>
        <source>lunar_leap: &apos;{text}&apos; is neither yes nor no</source>
        <translation>lunar_leap：“{text}”既不是 yes 也不是 no</translation>
    </message>
    <message>
        <source>status: &apos;{status}&apos; is neither active nor lost</source>
        <translation>status：“{status}”既不是 active 也不是 lost</translation>
    </message>
    <message>
        <source>{key}: &apos;{extra}&apos; is not part of one (write {value} and label)</source>
        <translation>{key}：“{extra}”不属于其中（请写 {value} 和 label）</translation>
    </message>
    <message>
        <source>addresses: each is written with street, city, region, postal_code, country and label</source>
        <translation>addresses：每个地址用 street、city、region、postal_code、country 和 label 书写</translation>
    </message>
    <message>
        <source>{key}: write a list, one &apos;- &apos; line each</source>
        <translation>{key}：请写成列表，每项一行“- ”</translation>
    </message>
    <message>
        <source>{key}: write a value, not a list or a mapping</source>
        <translation>{key}：请写一个值，而不是列表或映射</translation>
    </message>
    <message>
        <source>cadence_days: &apos;{text}&apos; is not a number of days</source>
        <translation>cadence_days：“{text}”不是天数</translation>
    </message>
    <message>
        <source>title: a playbook entry needs a title</source>
        <translation>标题：话术条目需要一个标题</translation>
    </message>
    <message>
        <source>text: {size:,} characters is too long (at most {limit:,})</source>
        <translation>正文：{size:,} 个字符太长了（最多 {limit:,} 个）</translation>
    </message>
    <message>
        <source>text: the entry &apos;{title}&apos; has no text</source>
        <translation>正文：条目“{title}”没有内容</translation>
    </message>
    <message>
        <source>tier: &apos;{code}&apos; is not a tier code</source>
        <translation>等级：“{code}”不是等级代码</translation>
    </message>
    <message>
        <source>kind: &apos;{kind}&apos; is not a kind of playbook entry (use one of {kinds})</source>
        <translation>类型：“{kind}”不是话术条目的类型（请使用 {kinds} 之一）</translation>
    </message>
    <message>
        <source>playbook entry {id}: no such entry</source>
        <translation>话术条目 {id}：没有这个条目</translation>
    </message>
    <message>
        <source>playbook entry &apos;{ref}&apos;: no entry has that id, file name or title</source>
        <translation>话术条目“{ref}”：没有条目使用这个编号、文件名或标题</translation>
    </message>
    <message>
        <source>{path}: {size:,} bytes is too large for a playbook entry</source>
        <translation>{path}：{size:,} 字节，对话术条目来说太大了</translation>
    </message>
    <message>
        <source>{path}: not UTF-8 text</source>
        <translation>{path}：不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>{path}, line 1: a playbook file starts with &apos;---&apos; and its title, kind and tags</source>
        <translation>{path}，第 1 行：话术文件应以“---”开头，随后是标题、类型和标签</translation>
    </message>
    <message>
        <source>{path}: the front matter has no closing &apos;---&apos;</source>
        <translation>{path}：文件头缺少结尾的“---”</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}：{problem}</translation>
    </message>
    <message>
        <source>{path}, line {line}: {problem}</source>
        <translation>{path}，第 {line} 行：{problem}</translation>
    </message>
    <message>
        <source>{path}: the front matter is not YAML ({problem})</source>
        <translation>{path}：文件头不是 YAML（{problem}）</translation>
    </message>
    <message>
        <source>{path}: the front matter should be &apos;key: value&apos; lines</source>
        <translation>{path}：文件头应为“键: 值”格式的行</translation>
    </message>
    <message>
        <source>{path}: &apos;{key}&apos; is not one of {keys}</source>
        <translation>{path}：“{key}”不是 {keys} 之一</translation>
    </message>
    <message>
        <source>{path}: {key} should be a list of words</source>
        <translation>{path}：{key} 应为一组词</translation>
    </message>
    <message>
        <source>{path}: {key} should be one value</source>
        <translation>{path}：{key} 应只有一个值</translation>
    </message>
    <message>
        <source>{path}: no such folder</source>
        <translation>{path}：没有这个文件夹</translation>
    </message>
    <message>
        <source>{path}: the folder holds no .md file</source>
        <translation>{path}：文件夹中没有 .md 文件</translation>
    </message>
    <message>
        <source>{path}: {count:,} files is more than a playbook (at most {limit:,})</source>
        <translation>{path}：{count:,} 个文件，超出话术库的容量（最多 {limit:,} 个）</translation>
    </message>
    <message>
        <source>{path}: the disk is full, so nothing was saved; free some space and try again</source>
        <translation>{path}：磁盘已满，未保存任何内容；请腾出空间后重试</translation>
    </message>
    <message>
        <source>&apos;{argument}&apos; is not UTF-8 text; Rapport takes names, texts and file paths in UTF-8 (rename the file or folder)</source>
        <translation>“{argument}”不是 UTF-8 文本；Rapport 只接受 UTF-8 编码的名称、文本和文件路径（请重命名该文件或文件夹）</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>{field}: not a JPEG, PNG, GIF or WebP picture</source>
        <translation>{field}：不是 JPEG、PNG、GIF 或 WebP 图片</translation>
    </message>
    <message>
        <source>{field}: {width}×{height} pixels is too large a picture</source>
        <translation>{field}：{width}×{height} 像素的图片太大</translation>
    </message>
    <message>
        <source>{field}: the picture cannot be read ({reason})</source>
        <translation>{field}：无法读取该图片（{reason}）</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>time zone: &apos;{name}&apos; is not a time zone such as Asia/Shanghai or Europe/Madrid</source>
        <translation>时区：&apos;{name}&apos; 不是有效时区（例如 Asia/Shanghai 或 Europe/Madrid）</translation>
    </message>
    <message>
        <source>{path}: cannot write the calendar ({reason})</source>
        <translation>{path}：无法写入日历（{reason}）</translation>
    </message>
    <message>
        <source>language: &apos;{text}&apos; is not zh, es or en</source>
        <translation>语言：“{text}”不是 zh、es 或 en</translation>
    </message>
    <message>
        <source>lunar birthday: &apos;{text}&apos; is not a lunar month and day (MM-DD, months 1-12, days 1-30)</source>
        <translation>农历生日：“{text}”不是农历的月和日（MM-DD，月 1-12，日 1-30）</translation>
    </message>
    <message>
        <source>occasion: &apos;{text}&apos; is not one of {choices}</source>
        <translation>场合：“{text}”不在 {choices} 之中</translation>
    </message>
    <message>
        <source>occasion: a name is needed</source>
        <translation>场合：需要一个名称</translation>
    </message>
    <message>
        <source>occasion: &apos;{text}&apos; is longer than {limit} characters</source>
        <translation>场合：“{text}”超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>occasion: &apos;{text}&apos; already exists</source>
        <translation>场合：“{text}”已存在</translation>
    </message>
    <message>
        <source>occasion &apos;{text}&apos;: no such occasion of yours</source>
        <translation>场合“{text}”：不是您添加的场合</translation>
    </message>
    <message>
        <source>template: a &apos;{open}&apos; or &apos;{close}&apos; is not closed (write a field as {example})</source>
        <translation>模板：“{open}”或“{close}”没有闭合（字段写作 {example}）</translation>
    </message>
    <message>
        <source>template: &apos;{field}&apos; is not a field (write a field as {example})</source>
        <translation>模板：“{field}”不是字段（字段写作 {example}）</translation>
    </message>
    <message>
        <source>template: unknown field {field} (fields: {fields})</source>
        <translation>模板：未知字段 {field}（可用字段：{fields}）</translation>
    </message>
    <message>
        <source>return visit: &apos;{text}&apos; is not DAYS:REASON with 1 to {limit} days (e.g. 3:is it working?)</source>
        <translation>回访：“{text}”不是“天数:原因”（1 到 {limit} 天，例如 3:用得还好吗？）</translation>
    </message>
    <message>
        <source>warranty visit: {days} is not 0 to {limit} days before the warranty ends</source>
        <translation>保修回访：{days} 不在保修到期前 0 到 {limit} 天之间</translation>
    </message>
    <message>
        <source>warranty visit: &apos;{text}&apos; is not a number of days</source>
        <translation>保修回访：“{text}”不是天数</translation>
    </message>
    <message>
        <source>your name: at most {count} characters</source>
        <translation>你的名字：最多 {count} 个字符</translation>
    </message>
    <message>
        <source>owner: at most {count} characters</source>
        <translation>负责人：最多 {count} 个字符</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>{name}: {who} saved this customer ({when}) after you opened it; nothing was saved. {differences}</source>
        <translation>{name}：在你打开之后，{who} 保存了这位客户（{when}）；未保存任何内容。{differences}</translation>
    </message>
    <message>
        <source>someone else saved one of these customers at the same moment; nothing was saved. Try again.</source>
        <translation>其他人同时保存了其中一位客户；未保存任何内容。请重试。</translation>
    </message>
    <message>
        <source>event: a name is needed</source>
        <translation>活动：需要一个名称</translation>
    </message>
    <message>
        <source>event: &apos;{text}&apos; is longer than {limit} characters</source>
        <translation>活动：“{text}”超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>kind: &apos;{text}&apos; is not one of {choices}</source>
        <translation>类型：“{text}”不在 {choices} 之中</translation>
    </message>
    <message>
        <source>capacity: {capacity} is not 1 to {limit} places</source>
        <translation>名额：{capacity} 不在 1 到 {limit} 之间</translation>
    </message>
    <message>
        <source>event {id}: no such event</source>
        <translation>活动 {id}：没有这个活动</translation>
    </message>
    <message>
        <source>event &apos;{text}&apos;: {count} events have that name (ids {ids}); give the id</source>
        <translation>活动“{text}”：有 {count} 个活动同名（编号 {ids}）；请给出编号</translation>
    </message>
    <message>
        <source>event &apos;{text}&apos;: no event has that id or name</source>
        <translation>活动“{text}”：没有这个编号或名称的活动</translation>
    </message>
    <message>
        <source>status: &apos;{text}&apos; is not one of {choices}</source>
        <translation>状态：“{text}”不在 {choices} 之中</translation>
    </message>
    <message>
        <source>event &apos;{event}&apos;: {taken} of {capacity} places are taken; {count} more cannot accept</source>
        <translation>活动“{event}”：{capacity} 个名额已占 {taken} 个；另外 {count} 位无法接受邀请</translation>
    </message>
    <message>
        <source>event &apos;{event}&apos;: it starts {when}; who came is marked once it has begun</source>
        <translation>活动“{event}”：{when} 开始；活动开始后才能标记谁来了</translation>
    </message>
    <message>
        <source>contact {id}: not on this event&apos;s guest list</source>
        <translation>联系人 {id}：不在这个活动的宾客名单上</translation>
    </message>
    <message>
        <source>{target}: that is the store itself; name a new, empty database</source>
        <translation>{target}：这就是当前的数据库本身；请指定一个新的空数据库</translation>
    </message>
    <message>
        <source>{target}: not empty (table &apos;{table}&apos; holds {rows} rows); move-store copies only into a new, empty database</source>
        <translation>{target}：不是空的（表“{table}”有 {rows} 行）；move-store 只复制到新的空数据库</translation>
    </message>
    <message>
        <source>{target}: the copy stopped at table &apos;{table}&apos; ({reason}); nothing was kept in the target and the store is unchanged</source>
        <translation>{target}：复制在表“{table}”处中断（{reason}）；目标中没有留下任何数据，原数据库未被改动</translation>
    </message>
    <message>
        <source>{target}: the copy stopped at table &apos;{table}&apos; ({reason}) and the target could not be emptied again; drop that database (or delete that file) before trying again, or empty its tables: {tables}. The store is unchanged</source>
        <translation>{target}：复制在表“{table}”处中断（{reason}），且无法清空目标；重试前请删除该数据库（或该文件），或清空这些表：{tables}。原数据库未被改动</translation>
    </message>
    <message>
        <source>{where}: pg_dump failed ({reason}); nothing was written</source>
        <translation>{where}：pg_dump 失败（{reason}）；没有写入任何文件</translation>
    </message>
    <message>
        <source>{where}: not empty (table &apos;{table}&apos; holds {rows} rows); a backup is restored only into a new, empty database</source>
        <translation>{where}：不是空的（表“{table}”有 {rows} 行）；备份只能恢复到新的空数据库</translation>
    </message>
    <message>
        <source>{path}: not restored ({reason}); the database is empty, as it was</source>
        <translation>{path}：未恢复（{reason}）；数据库仍是空的，和之前一样</translation>
    </message>
    <message>
        <source>{tool} was not found: install PostgreSQL&apos;s client programs, version {server} or newer (apt install postgresql-client-{server}), or put {tool} on PATH</source>
        <translation>找不到 {tool}：请安装 PostgreSQL 客户端程序 {server} 或更新版本（apt install postgresql-client-{server}），或把 {tool} 加入 PATH</translation>
    </message>
    <message>
        <source>{path} is version {version}, older than the server (PostgreSQL {server}); install version {server} or newer of PostgreSQL&apos;s client programs</source>
        <translation>{path} 的版本是 {version}，比服务器（PostgreSQL {server}）旧；请安装 {server} 或更新版本的 PostgreSQL 客户端程序</translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <source>The day after</source>
        <translation>后一天</translation>
    </message>
    <message>
        <source>3 days later</source>
        <translation>3 天后</translation>
    </message>
    <message>
        <source>The week after</source>
        <translation>下一周</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>3 天后</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <source>Pick a date…</source>
        <translation>选择日期…</translation>
    </message>
    <message>
        <source>Greetings desk…</source>
        <translation>问候台…</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>记录通话…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>复制号码</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>拨打 {number}</translation>
    </message>
    <message>
        <source>Copy greeting</source>
        <translation>复制祝福语</translation>
    </message>
    <message>
        <source>Open customer file</source>
        <translation>打开客户档案</translation>
    </message>
    <message>
        <source>Due by cadence</source>
        <translation>按周期到期</translation>
    </message>
    <message>
        <source>Birthdays &amp; anniversaries</source>
        <translation>生日和纪念日</translation>
    </message>
    <message>
        <source>Holiday greetings</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>After-sale (warranty)</source>
        <translation>售后（保修）</translation>
    </message>
    <message>
        <source>Due to reorder</source>
        <translation>该补货了</translation>
    </message>
    <message>
        <source>Thank a referrer</source>
        <translation>感谢推荐人</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>保修到期</translation>
    </message>
    <message>
        <source>Thank for a referral</source>
        <translation>感谢推荐</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>birthday today</source>
        <translation>今天生日</translation>
    </message>
    <message>
        <source>anniversary today</source>
        <translation>今天纪念日</translation>
    </message>
    <message>
        <source>birthday on {day}</source>
        <translation>{day} 生日</translation>
    </message>
    <message>
        <source>anniversary on {day}</source>
        <translation>{day} 纪念日</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>{day}</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>due on {day}</source>
        <translation>{day} 到期</translation>
    </message>
    <message>
        <source>Tier {tier}, every {n} days</source>
        <translation>{tier} 级，每 {n} 天联系</translation>
    </message>
    <message>
        <source>Every {n} days</source>
        <translation>每 {n} 天联系</translation>
    </message>
    <message>
        <source>Due to reorder: {product}, usually every {n} days, expected {day}</source>
        <translation>该补货了：{product}，通常每 {n} 天买一次，预计 {day}</translation>
    </message>
    <message>
        <source>Birthday, turns {age}</source>
        <translation>生日，满 {age} 岁</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <source>last contact today</source>
        <translation>今天联系过</translation>
    </message>
    <message>
        <source>last contact yesterday</source>
        <translation>昨天联系过</translation>
    </message>
    <message>
        <source>last contact {n} days ago</source>
        <translation>{n} 天前联系过</translation>
    </message>
    <message>
        <source>Do now</source>
        <translation>立即处理</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>安排时间</translation>
    </message>
    <message>
        <source>Quick touch</source>
        <translation>快速问候</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>Tier A/B, due today or overdue</source>
        <translation>A/B 级，今天到期或已逾期</translation>
    </message>
    <message>
        <source>Tier A/B, coming up</source>
        <translation>A/B 级，即将到期</translation>
    </message>
    <message>
        <source>Other tiers, due today or overdue</source>
        <translation>其他等级，今天到期或已逾期</translation>
    </message>
    <message>
        <source>Other tiers, coming up</source>
        <translation>其他等级，即将到期</translation>
    </message>
</context>
</TS>
