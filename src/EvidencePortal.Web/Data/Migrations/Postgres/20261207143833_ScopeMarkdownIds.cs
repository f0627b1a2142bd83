using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvidencePortal.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// No schema change: when this is among a store's pending migrations, start-up re-renders the stored HTML of every
    /// Markdown field, so ids made before they were scoped (and could collide with the page's own) are replaced.
    /// </summary>
    public partial class ScopeMarkdownIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
