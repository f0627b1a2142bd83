using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvidencePortal.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// Search tables outside the EF model (the model is unchanged): plain tables the portal writes
    /// (Pages/Search/SearchIndex.cs), each with a stored, weighted tsvector and a GIN index. The vector holds the
    /// English stems and, at the lowest weight, the words as written: a prefix such as "allotm" cannot
    /// match the stem "allot", but matches the word "allotment".
    /// </summary>
    public partial class AddSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE search_studies (
                    study_id integer PRIMARY KEY, slug text NOT NULL, title text NOT NULL, authors text NOT NULL,
                    year integer NOT NULL, design text NOT NULL, names text NOT NULL, details text NOT NULL, notes text NOT NULL,
                    findings text NOT NULL,
                    document tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', authors), 'B') ||
                        setweight(to_tsvector('english', names), 'B') || setweight(to_tsvector('english', details), 'C') ||
                        setweight(to_tsvector('english', notes), 'D') ||
                        setweight(to_tsvector('simple', title || ' ' || authors || ' ' || names || ' ' || details || ' ' || notes), 'D')) STORED)
                """);
            migrationBuilder.Sql("CREATE INDEX ix_search_studies_document ON search_studies USING GIN (document)");
            migrationBuilder.Sql("CREATE INDEX ix_search_studies_year ON search_studies (year)");
            migrationBuilder.Sql("CREATE INDEX ix_search_studies_design ON search_studies (design)");
            migrationBuilder.Sql("""
                CREATE TABLE search_study_findings (
                    study_id integer NOT NULL, topic text NOT NULL, outcome text NOT NULL, direction text NOT NULL)
                """);
            migrationBuilder.Sql("CREATE INDEX ix_search_study_findings_study ON search_study_findings (study_id)");
            migrationBuilder.Sql("CREATE INDEX ix_search_study_findings_topic ON search_study_findings (topic, study_id)");
            migrationBuilder.Sql("CREATE INDEX ix_search_study_findings_outcome ON search_study_findings (outcome, study_id)");
            migrationBuilder.Sql("""
                CREATE TABLE search_topics (
                    topic_id integer PRIMARY KEY, slug text NOT NULL, title text NOT NULL, key_message text NOT NULL, summary text NOT NULL,
                    document tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', key_message), 'B') ||
                        setweight(to_tsvector('english', summary), 'D') ||
                        setweight(to_tsvector('simple', title || ' ' || key_message || ' ' || summary), 'D')) STORED)
                """);
            migrationBuilder.Sql("CREATE INDEX ix_search_topics_document ON search_topics USING GIN (document)");
            // C collation so a range scan on the first letters finds spelling candidates.
            migrationBuilder.Sql("CREATE TABLE search_words (word text COLLATE \"C\" PRIMARY KEY)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS search_words, search_topics, search_study_findings, search_studies");
        }
    }
}
