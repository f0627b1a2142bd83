using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EvidencePortal.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EditorsAndHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Topics_DraftOfId",
                table: "Topics");

            migrationBuilder.DropIndex(
                name: "IX_Studies_DraftOfId",
                table: "Studies");

            migrationBuilder.DropIndex(
                name: "IX_Reviews_DraftOfId",
                table: "Reviews");

            migrationBuilder.DropIndex(
                name: "IX_Outcomes_DraftOfId",
                table: "Outcomes");

            migrationBuilder.DropIndex(
                name: "IX_Interventions_DraftOfId",
                table: "Interventions");

            migrationBuilder.AddColumn<DateTime>(
                name: "LastSignInAt",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Action = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EntityType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    EntityId = table.Column<int>(type: "integer", nullable: true),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    IpAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Format = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Processed = table.Column<int>(type: "integer", nullable: false),
                    Added = table.Column<int>(type: "integer", nullable: false),
                    Skipped = table.Column<int>(type: "integer", nullable: false),
                    ReportJson = table.Column<string>(type: "text", nullable: true),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Revisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntityType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    EntityId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SnapshotJson = table.Column<string>(type: "text", nullable: false),
                    ChangesJson = table.Column<string>(type: "text", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Revisions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Topics_DraftOfId",
                table: "Topics",
                column: "DraftOfId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Studies_DraftOfId",
                table: "Studies",
                column: "DraftOfId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_DraftOfId",
                table: "Reviews",
                column: "DraftOfId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outcomes_DraftOfId",
                table: "Outcomes",
                column: "DraftOfId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_DraftOfId",
                table: "Interventions",
                column: "DraftOfId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_Action",
                table: "AuditEvents",
                column: "Action");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_At",
                table: "AuditEvents",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_At",
                table: "Revisions",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_EntityType_EntityId_Number",
                table: "Revisions",
                columns: new[] { "EntityType", "EntityId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "ImportBatches");

            migrationBuilder.DropTable(
                name: "Revisions");

            migrationBuilder.DropIndex(
                name: "IX_Topics_DraftOfId",
                table: "Topics");

            migrationBuilder.DropIndex(
                name: "IX_Studies_DraftOfId",
                table: "Studies");

            migrationBuilder.DropIndex(
                name: "IX_Reviews_DraftOfId",
                table: "Reviews");

            migrationBuilder.DropIndex(
                name: "IX_Outcomes_DraftOfId",
                table: "Outcomes");

            migrationBuilder.DropIndex(
                name: "IX_Interventions_DraftOfId",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "LastSignInAt",
                table: "AspNetUsers");

            migrationBuilder.CreateIndex(
                name: "IX_Topics_DraftOfId",
                table: "Topics",
                column: "DraftOfId");

            migrationBuilder.CreateIndex(
                name: "IX_Studies_DraftOfId",
                table: "Studies",
                column: "DraftOfId");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_DraftOfId",
                table: "Reviews",
                column: "DraftOfId");

            migrationBuilder.CreateIndex(
                name: "IX_Outcomes_DraftOfId",
                table: "Outcomes",
                column: "DraftOfId");

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_DraftOfId",
                table: "Interventions",
                column: "DraftOfId");
        }
    }
}
