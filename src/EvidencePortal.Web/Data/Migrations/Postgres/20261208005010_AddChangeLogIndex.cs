using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvidencePortal.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddChangeLogIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Revisions_EntityType_EntityId_Number_Action_At",
                table: "Revisions",
                columns: new[] { "EntityType", "EntityId", "Number", "Action", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Revisions_EntityType_EntityId_Number_Action_At",
                table: "Revisions");
        }
    }
}
