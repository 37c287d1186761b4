// Desktop integration as installed by `cmake --install`: the .desktop file and the AppStream metainfo
// validate, the icon comes in every size, and a file manager maps *.inflection files to the app.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDesktopIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void desktopFileValidates();
    void metainfoValidates();
    void installedFiles_data();
    void installedFiles();
    void iconSizes();
    void workspaceFilesOpenInTheApp();

private:
    static QString packaging(const QString &name)
    {
        return QStringLiteral(INFLECTION_SOURCE_DIR "/packaging/") + name;
    }
    QTemporaryDir m_prefix;
};

void TestDesktopIntegration::initTestCase()
{
    QVERIFY(m_prefix.isValid());
    QString out;
    QString err;
    const int code = TestSupport::run(u"cmake"_s,
        {u"--install"_s, QStringLiteral(INFLECTION_BUILD_DIR), u"--prefix"_s, m_prefix.path()}, &out, &err);
    QVERIFY2(code == 0, qPrintable(out + err));
}

void TestDesktopIntegration::desktopFileValidates()
{
    QString out;
    QString err;
    const int code = TestSupport::run(
        u"desktop-file-validate"_s, {packaging(u"org.inflection.Inflection.desktop"_s)}, &out, &err);
    QVERIFY2(code == 0, qPrintable(out + err));
    // Hints are not errors, but there should be none either.
    QVERIFY2(out.trimmed().isEmpty() && err.trimmed().isEmpty(), qPrintable(out + err));
    QFile file(packaging(u"org.inflection.Inflection.desktop"_s));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QVERIFY(lines.contains(u"Exec=inflection %f"_s));
    QVERIFY(lines.contains(u"MimeType=application/x-inflection-workspace;"_s));
    QVERIFY(lines.contains(u"Icon=org.inflection.Inflection"_s));
}

void TestDesktopIntegration::metainfoValidates()
{
    QString out;
    QString err;
    const int code = TestSupport::run(u"appstreamcli"_s,
        {u"validate"_s, u"--no-net"_s, packaging(u"org.inflection.Inflection.metainfo.xml"_s)}, &out, &err);
    QVERIFY2(code == 0, qPrintable(out + err));
    QVERIFY2(!out.contains(u"E: "_s) && !out.contains(u"W: "_s), qPrintable(out));
    QFile file(packaging(u"org.inflection.Inflection.metainfo.xml"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    QVERIFY(xml.contains("<screenshots>") && xml.contains("<releases>"));
}

void TestDesktopIntegration::installedFiles_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : {"bin/inflection", "share/applications/org.inflection.Inflection.desktop",
             "share/metainfo/org.inflection.Inflection.metainfo.xml",
             "share/mime/packages/org.inflection.Inflection.xml",
             "share/icons/hicolor/scalable/apps/org.inflection.Inflection.svg"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestDesktopIntegration::installedFiles()
{
    QFETCH(QString, file);
    QVERIFY2(QFile::exists(m_prefix.filePath(file)), qPrintable(file));
}

void TestDesktopIntegration::iconSizes()
{
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString path
            = m_prefix.filePath(u"share/icons/hicolor/%1x%1/apps/org.inflection.Inflection.png"_s.arg(size));
        const QImage icon(path);
        QVERIFY2(!icon.isNull(), qPrintable(path));
        QCOMPARE(icon.size(), QSize(size, size));
        // Drawn, not blank: the middle of the icon is opaque.
        QVERIFY(qAlpha(icon.pixel(size / 2, size / 2)) > 200);
    }
}

// With the installed MIME package in the MIME database (as a package's trigger does), a workspace file
// is an Inflection workspace, which the .desktop file says the app opens.
void TestDesktopIntegration::workspaceFilesOpenInTheApp()
{
    const QString share = m_prefix.filePath(u"share"_s);
    QString out;
    QString err;
    QVERIFY2(TestSupport::run(u"update-mime-database"_s, {share + u"/mime"_s}, &out, &err) == 0,
        qPrintable(out + err));
    qputenv("XDG_DATA_DIRS", QByteArray(QFile::encodeName(share) + ":/usr/share"));
    const QString workspace = m_prefix.filePath(u"team.inflection"_s);
    TestSupport::makeWorkspace(workspace, 1);
    const QMimeType type = QMimeDatabase().mimeTypeForFile(workspace);
    QCOMPARE(type.name(), u"application/x-inflection-workspace"_s);
    QCOMPARE(type.comment(), u"Inflection workspace"_s);
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
