/// The new workspace's README, for the planning office (zh-Hant): what to fill in, in what order.
enum ScaffoldReadme {
    static func text(_ scaffold: SchoolScaffold) -> String {
        let settings = scaffold.settings
        let years = settings.years.map(String.init).joined(separator: "、")
        let ownership = settings.ownership == .national ? "國立（含指標 12）" : "私立（無指標 12，P4）"
        return """
        # \(settings.name)　高等教育深耕計畫計畫書

        本資料夾由 `folio new` 產生：\(ownership)，計畫年度 \(years)，基準年 \(settings.baselineYear)，\
        指標依 \(scaffold.catalog.id)（\(scaffold.catalog.title)）。尚未填寫之處皆寫作「\(Placeholder.text)」；\
        網站可隨時建置，頁面上會顯示「\(Placeholder.text)」。

        ## 填寫順序

        1. `content/school.yaml`：確認校名（`name`），可加英文校名（`name_en`）；公私立（`ownership`）與計畫年度（`years`）。
        2. `content/indicators/*.yaml`：每個指標一個檔案，每項衡量方式都已列出。
           - 量化指標：填 `baseline`（基準年之值）與 `targets`（各年度目標值）。目標值不得為 0，且須逐年進步（P1）；百分比不加 %。
           - 每項衡量方式可填主責單位（`responsible_unit`，把 `#` 去掉）。
           - 需要時可加自訂衡量方式（每指標最多 3 項，指標 15 不可加）。
        3. `content/narratives/*.md`：質化指標的敘述，把「\(Placeholder.text)」改寫為學校的執行說明（Markdown）。
        4. `content/tables/` 與 `content/tables.yaml`：把校務資料庫匯出的表冊 CSV 放入 `tables/`，並在 `tables.yaml` 登記；\
        實際值由表冊自動計算。
        5. `content/dossiers/`：教評會之升等與新聘卷宗，每一審查梯次一個資料夾（如 `\(scaffold.sampleRound)`），\
        每位申請人一個資料夾。`\(scaffold.sampleRound)/\(SchoolScaffold.sampleApplicant)` 是範例，複製後改寫，正式使用前刪除。\
        卷宗為機密，只出現在 `site/committee/`。

        ## 檢查與建置

        - `folio build`：建置網站到 `site/`；公開版在 `site/public/`。
        - `folio check`：列出所有錯誤，以及每一個尚未填寫的「\(Placeholder.text)」（警告，附檔名:行:欄）。
        - `folio check --strict`：正式送出前使用；仍有「\(Placeholder.text)」即視為錯誤。
        - `folio score --round \(scaffold.sampleRound)`：計算該梯次每位申請人的積分。

        """
    }
}
