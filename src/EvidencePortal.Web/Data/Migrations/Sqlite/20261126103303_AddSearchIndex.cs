using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvidencePortal.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Search tables outside the EF model (the model is unchanged): plain tables the portal writes
    /// (Pages/Search/SearchIndex.cs) and FTS5 indexes over them, kept in step by triggers.
    /// </summary>
    public partial class AddSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE search_studies (
                    study_id INTEGER PRIMARY KEY, slug TEXT NOT NULL, title TEXT NOT NULL, authors TEXT NOT NULL,
                    year INTEGER NOT NULL, design TEXT NOT NULL, names TEXT NOT NULL, details TEXT NOT NULL, notes TEXT NOT NULL,
                    findings TEXT NOT NULL)
                """);
            migrationBuilder.Sql("CREATE INDEX ix_search_studies_year ON search_studies (year)");
            migrationBuilder.Sql("CREATE INDEX ix_search_studies_design ON search_studies (design)");
            // findings repeats search_study_findings as "topic|outcome|direction" lines, so facets are counted
            // from the rows the ranking query already reads; the table serves the filters.
            migrationBuilder.Sql("""
                CREATE TABLE search_study_findings (
                    study_id INTEGER NOT NULL, topic TEXT NOT NULL, outcome TEXT NOT NULL, direction TEXT NOT NULL)
                """);
            migrationBuilder.Sql("CREATE INDEX ix_search_study_findings_study ON search_study_findings (study_id)");
            migrationBuilder.Sql("CREATE INDEX ix_search_study_findings_topic ON search_study_findings (topic, study_id)");
            migrationBuilder.Sql("CREATE INDEX ix_search_study_findings_outcome ON search_study_findings (outcome, study_id)");
            migrationBuilder.Sql("""
                CREATE TABLE search_topics (
                    topic_id INTEGER PRIMARY KEY, slug TEXT NOT NULL, title TEXT NOT NULL, key_message TEXT NOT NULL, summary TEXT NOT NULL)
                """);
            migrationBuilder.Sql("CREATE TABLE search_words (word TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID");

            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE search_studies_fts USING fts5(
                    title, authors, names, details, notes, content='search_studies', content_rowid='study_id',
                    tokenize='porter unicode61 remove_diacritics 2', prefix='2 3')
                """);
            // Title first, then authors, intervention/outcome/topic names, details, and findings notes last.
            migrationBuilder.Sql("INSERT INTO search_studies_fts(search_studies_fts, rank) VALUES('rank', 'bm25(10.0, 4.0, 3.0, 2.0, 1.0)')");
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE search_topics_fts USING fts5(
                    title, key_message, summary, content='search_topics', content_rowid='topic_id',
                    tokenize='porter unicode61 remove_diacritics 2', prefix='2 3')
                """);
            migrationBuilder.Sql("INSERT INTO search_topics_fts(search_topics_fts, rank) VALUES('rank', 'bm25(10.0, 4.0, 1.0)')");

            // The triggers the FTS5 documentation gives for external-content tables.
            migrationBuilder.Sql("""
                CREATE TRIGGER search_studies_ai AFTER INSERT ON search_studies BEGIN
                    INSERT INTO search_studies_fts(rowid, title, authors, names, details, notes)
                    VALUES (new.study_id, new.title, new.authors, new.names, new.details, new.notes);
                END
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER search_studies_ad AFTER DELETE ON search_studies BEGIN
                    INSERT INTO search_studies_fts(search_studies_fts, rowid, title, authors, names, details, notes)
                    VALUES ('delete', old.study_id, old.title, old.authors, old.names, old.details, old.notes);
                END
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER search_studies_au AFTER UPDATE ON search_studies BEGIN
                    INSERT INTO search_studies_fts(search_studies_fts, rowid, title, authors, names, details, notes)
                    VALUES ('delete', old.study_id, old.title, old.authors, old.names, old.details, old.notes);
                    INSERT INTO search_studies_fts(rowid, title, authors, names, details, notes)
                    VALUES (new.study_id, new.title, new.authors, new.names, new.details, new.notes);
                END
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER search_topics_ai AFTER INSERT ON search_topics BEGIN
                    INSERT INTO search_topics_fts(rowid, title, key_message, summary) VALUES (new.topic_id, new.title, new.key_message, new.summary);
                END
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER search_topics_ad AFTER DELETE ON search_topics BEGIN
                    INSERT INTO search_topics_fts(search_topics_fts, rowid, title, key_message, summary)
                    VALUES ('delete', old.topic_id, old.title, old.key_message, old.summary);
                END
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER search_topics_au AFTER UPDATE ON search_topics BEGIN
                    INSERT INTO search_topics_fts(search_topics_fts, rowid, title, key_message, summary)
                    VALUES ('delete', old.topic_id, old.title, old.key_message, old.summary);
                    INSERT INTO search_topics_fts(rowid, title, key_message, summary) VALUES (new.topic_id, new.title, new.key_message, new.summary);
                END
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "search_studies_ai", "search_studies_ad", "search_studies_au", "search_topics_ai", "search_topics_ad", "search_topics_au" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {trigger}");
            }
            foreach (var table in new[] { "search_studies_fts", "search_topics_fts", "search_words", "search_topics", "search_study_findings", "search_studies" })
            {
                migrationBuilder.Sql($"DROP TABLE IF EXISTS {table}");
            }
        }
    }
}
