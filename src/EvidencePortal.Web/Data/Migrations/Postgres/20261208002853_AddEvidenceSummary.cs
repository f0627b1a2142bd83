using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvidencePortal.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddEvidenceSummary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Findings_StudyId",
                table: "Findings");

            migrationBuilder.CreateTable(
                name: "StudyCells",
                columns: table => new
                {
                    StudyId = table.Column<int>(type: "integer", nullable: false),
                    InterventionId = table.Column<int>(type: "integer", nullable: false),
                    OutcomeId = table.Column<int>(type: "integer", nullable: false),
                    TopicId = table.Column<int>(type: "integer", nullable: false),
                    IsSocial = table.Column<bool>(type: "boolean", nullable: false),
                    DesignCategory = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Direction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Directions = table.Column<int>(type: "integer", nullable: false),
                    Findings = table.Column<int>(type: "integer", nullable: false),
                    QualitativeFindings = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudyCells", x => new { x.StudyId, x.InterventionId, x.OutcomeId });
                    table.ForeignKey(
                        name: "FK_StudyCells_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StudyCells_Outcomes_OutcomeId",
                        column: x => x.OutcomeId,
                        principalTable: "Outcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StudyCells_Studies_StudyId",
                        column: x => x.StudyId,
                        principalTable: "Studies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StudyCells_Topics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "Topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StudyReviews",
                columns: table => new
                {
                    StudyId = table.Column<int>(type: "integer", nullable: false),
                    ReviewId = table.Column<int>(type: "integer", nullable: false),
                    DesignCategory = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Country = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudyReviews", x => new { x.StudyId, x.ReviewId });
                    table.ForeignKey(
                        name: "FK_StudyReviews_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StudyReviews_Studies_StudyId",
                        column: x => x.StudyId,
                        principalTable: "Studies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StudyTopics",
                columns: table => new
                {
                    StudyId = table.Column<int>(type: "integer", nullable: false),
                    TopicId = table.Column<int>(type: "integer", nullable: false),
                    DesignCategory = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SocialDirection = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Findings = table.Column<int>(type: "integer", nullable: false),
                    QualitativeFindings = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudyTopics", x => new { x.StudyId, x.TopicId });
                    table.ForeignKey(
                        name: "FK_StudyTopics_Studies_StudyId",
                        column: x => x.StudyId,
                        principalTable: "Studies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StudyTopics_Topics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "Topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Studies_Status_Authors_Year_Id",
                table: "Studies",
                columns: new[] { "Status", "Authors", "Year", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Studies_Status_Country",
                table: "Studies",
                columns: new[] { "Status", "Country" });

            migrationBuilder.CreateIndex(
                name: "IX_Studies_Status_DesignCategory",
                table: "Studies",
                columns: new[] { "Status", "DesignCategory" });

            migrationBuilder.CreateIndex(
                name: "IX_Studies_Status_PublishedAt_Id",
                table: "Studies",
                columns: new[] { "Status", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Studies_Status_Year_Authors_Id",
                table: "Studies",
                columns: new[] { "Status", "Year", "Authors", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Studies_Status_Year_Slug",
                table: "Studies",
                columns: new[] { "Status", "Year", "Slug" });

            migrationBuilder.CreateIndex(
                name: "IX_Findings_StudyId_Order_Id",
                table: "Findings",
                columns: new[] { "StudyId", "Order", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_StudyCells_InterventionId_OutcomeId_Direction_DesignCategor~",
                table: "StudyCells",
                columns: new[] { "InterventionId", "OutcomeId", "Direction", "DesignCategory", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_StudyCells_OutcomeId_StudyId",
                table: "StudyCells",
                columns: new[] { "OutcomeId", "StudyId" });

            migrationBuilder.CreateIndex(
                name: "IX_StudyCells_StudyId_Directions",
                table: "StudyCells",
                columns: new[] { "StudyId", "Directions" });

            migrationBuilder.CreateIndex(
                name: "IX_StudyCells_TopicId_StudyId",
                table: "StudyCells",
                columns: new[] { "TopicId", "StudyId" });

            migrationBuilder.CreateIndex(
                name: "IX_StudyReviews_ReviewId_DesignCategory_Country_Year",
                table: "StudyReviews",
                columns: new[] { "ReviewId", "DesignCategory", "Country", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_StudyTopics_TopicId_SocialDirection_DesignCategory_Findings~",
                table: "StudyTopics",
                columns: new[] { "TopicId", "SocialDirection", "DesignCategory", "Findings", "QualitativeFindings" });

            migrationBuilder.CreateIndex(
                name: "IX_StudyTopics_TopicId_StudyId",
                table: "StudyTopics",
                columns: new[] { "TopicId", "StudyId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StudyCells");

            migrationBuilder.DropTable(
                name: "StudyReviews");

            migrationBuilder.DropTable(
                name: "StudyTopics");

            migrationBuilder.DropIndex(
                name: "IX_Studies_Status_Authors_Year_Id",
                table: "Studies");

            migrationBuilder.DropIndex(
                name: "IX_Studies_Status_Country",
                table: "Studies");

            migrationBuilder.DropIndex(
                name: "IX_Studies_Status_DesignCategory",
                table: "Studies");

            migrationBuilder.DropIndex(
                name: "IX_Studies_Status_PublishedAt_Id",
                table: "Studies");

            migrationBuilder.DropIndex(
                name: "IX_Studies_Status_Year_Authors_Id",
                table: "Studies");

            migrationBuilder.DropIndex(
                name: "IX_Studies_Status_Year_Slug",
                table: "Studies");

            migrationBuilder.DropIndex(
                name: "IX_Findings_StudyId_Order_Id",
                table: "Findings");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_StudyId",
                table: "Findings",
                column: "StudyId");
        }
    }
}
