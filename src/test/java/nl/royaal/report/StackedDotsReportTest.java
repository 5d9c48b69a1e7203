package nl.royaal.report;

import static nl.royaal.report.KnownWorkshopReportTest.assertLine;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.royaal.domain.Answers;
import nl.royaal.domain.DotVote;
import nl.royaal.domain.Language;
import nl.royaal.domain.Workshop;
import org.junit.jupiter.api.Test;

/**
 * Where the trainer allowed more than one dot per proposal, the report counts dots as the console
 * ranked them, not voters. In {@link ReportWorkshops#known} Anna and Bram each put a dot on "Altijd
 * binnen een dag antwoord." and Cees one on "Vers, elke ochtend."; here Cees puts three.
 */
class StackedDotsReportTest {

    private static Workshop ceesPutsThreeDots() {
        Workshop known = ReportWorkshops.known(Language.NL);
        Answers answers = known.answers();
        List<DotVote> votes = answers.votes().stream()
                .map(vote -> vote.proposalId().equals(ReportWorkshops.id(34))
                        ? new DotVote(vote.participantId(), vote.proposalId(), vote.answeredAt(), 3) : vote)
                .toList();
        return new Workshop(known.id(), known.details(), known.status(), known.templateKey(), known.agenda(),
                known.touchpoints(), known.participants(),
                new Answers(answers.scores(), answers.texts(), votes, answers.ratings(), answers.selfImage()),
                known.currentElementId(), known.createdAt(), known.updatedAt(), known.vision(), known.settings());
    }

    @Test
    void threeDotsFromOnePersonOutrankTwoDotsFromTwo() {
        ReportModel model = ReportModel.of(ceesPutsThreeDots());

        assertEquals(List.of("Vers, elke ochtend.", "Altijd binnen een dag antwoord."),
                model.proposals().stream().map(p -> p.proposal().text()).toList());
        assertEquals(List.of(3, 2), model.proposals().stream().map(ReportModel.ProposalVotes::votes).toList());
        assertLine(ReportFiles.pdfText(ReportFiles.write(model, ReportFormat.PDF)), "Vers, elke ochtend. 3 stippen");
    }

    @Test
    void theRawVotesSayHowManyDotsEachPersonPlaced() {
        Map<String, String> files = ReportFiles.unzip(ReportFiles.write(ReportModel.of(ceesPutsThreeDots()),
                ReportFormat.CSV));

        List<List<String>> votes = ReportFiles.parseCsv(files.get("stemmen.csv"), ';');
        assertEquals(List.of("Deelnemer", "Naam", "Visieveld", "Voorstel", "Stippen"), votes.getFirst());
        assertEquals("3", votes.stream().filter(row -> row.get(3).equals("Vers, elke ochtend.")).findFirst()
                .orElseThrow().get(4));
    }
}
