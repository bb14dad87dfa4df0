/// The scaffold's sample dossier: the smallest that loads and scores, for the committee to copy.
/// A new hire with a doctorate (R-P1: the thesis counts as one main paper) and one paper.
enum SampleDossier {
    static func dossierYAML(round: String, year: Int) -> String {
        """
        # \(round) 教評會範例卷宗（folio new 產生，可複製此資料夾後改寫；正式送審前請刪除本範例）。
        # A sample dossier: copy this folder for each applicant, then delete the sample.
        applicant: 範例申請人
        department: 職能治療學系
        application: new_hire
        applied_rank: assistant_professor
        application_date: \(year)/09/15
        applying_with_degree: true      # R-P1: the doctoral thesis counts as one main paper
        degree: doctorate
        external_review: [80, 78, 77, 76, 72]   # R-G2: 4 of the 5 reviewers at or above 75

        """
    }

    static let papersCSV = """
        date,title,journal,type,author_position,corresponding,equal_contribution,percentile,impact_factor,index,university_name,rank_held,representative
        113/06/30,範例博士論文題目,範例大學博士論文,doctoral_thesis,1,no,,,,THESIS,no,,
        112/04/10,An example paper,Example Journal of Occupational Therapy,original,1,no,,28,2.9,SSCI,no,,yes

        """

    static let statement = """
        # 應聘自述（範例）

        請以申請人之教學、研究與服務規劃取代本段文字。

        """
}
