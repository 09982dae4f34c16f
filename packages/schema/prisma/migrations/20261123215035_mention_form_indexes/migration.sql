-- CreateIndex
CREATE INDEX "Mention_personId_text_idx" ON "Mention"("personId", "text");

-- CreateIndex
CREATE INDEX "Mention_organizationId_text_idx" ON "Mention"("organizationId", "text");

-- CreateIndex
CREATE INDEX "Mention_placeId_text_idx" ON "Mention"("placeId", "text");
